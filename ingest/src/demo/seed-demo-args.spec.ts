import { DemoSeedError } from './demo-seed-error';
import { parseSeedDemoArgs } from './seed-demo-args';

const NOW = Date.parse('2026-05-10T14:37:12Z');

describe('seed-demo arguments', () => {
  it('ends the period at the current hour by default, so the demo data reaches today', () => {
    const args = parseSeedDemoArgs(['--url', 'http://localhost:3000', '--email', 'a@b.co', '--password', 'x'], {}, NOW);
    expect(args.days).toBe(90);
    expect(new Date(args.startMs + 90 * 86_400_000).toISOString()).toBe('2026-05-10T14:00:00.000Z');
  });

  it('takes a fixed --end so a re-run produces the same events', () => {
    const argv = [
      '--url',
      'http://x',
      '--email',
      'a@b.co',
      '--password',
      'x',
      '--days',
      '30',
      '--end',
      '2026-03-01T00:00:00Z',
    ];
    expect(parseSeedDemoArgs(argv, {}, NOW).startMs).toBe(Date.parse('2026-01-30T00:00:00Z'));
    expect(parseSeedDemoArgs(argv, {}, NOW + 86_400_000).startMs).toBe(Date.parse('2026-01-30T00:00:00Z'));
  });

  it('reads the password from CHECKMARK_ADMIN_PASSWORD when --password is absent', () => {
    const args = parseSeedDemoArgs(
      ['--url', 'http://x', '--email', 'a@b.co'],
      { CHECKMARK_ADMIN_PASSWORD: 'from-env' },
      NOW,
    );
    expect(args.password).toBe('from-env');
  });

  it('rejects missing or malformed arguments with DEMO_BAD_ARGUMENTS', () => {
    for (const argv of [
      [],
      ['--url', 'nope', '--email', 'a@b.co', '--password', 'x'],
      ['--url', 'http://x', '--email', 'a@b.co'],
      ['--bogus'],
    ]) {
      expect(() => parseSeedDemoArgs(argv, {}, NOW)).toThrow(DemoSeedError);
      try {
        parseSeedDemoArgs(argv, {}, NOW);
      } catch (error) {
        expect((error as DemoSeedError).code).toBe('DEMO_BAD_ARGUMENTS');
      }
    }
  });
});
