import { parseCliArgs } from './cli-args';
import { endpoint } from './run-simulation';
import type { SimulatorError } from './simulator-error';

describe('simulator command line', () => {
  it('parses the documented options', () => {
    const c = parseCliArgs([
      '--seed',
      '7',
      '--days',
      '3',
      '--start',
      '2025-06-01T00:00:00Z',
      '--events',
      '500',
      '--format',
      'whatsapp',
      '--out',
      '/tmp/x',
      '--app-secret',
      's',
      '--tenant',
      't1',
    ]);
    expect(c).toMatchObject({
      seed: 7,
      days: 3,
      events: 500,
      format: 'whatsapp',
      out: '/tmp/x',
      appSecret: 's',
      tenant: 't1',
      topic: 'events.v1',
    });
  });

  it.each([
    [['--events', 'many', '--out', '-']],
    [['--bogus', '1']],
    [['--format', 'whatsapp', '--out', '/tmp/x']],
    [['--post', 'http://127.0.0.1:1']],
    [[]],
  ])('rejects %j with SIMULATOR_BAD_ARGUMENTS', (argv) => {
    let code: string | undefined;
    try {
      parseCliArgs(argv);
    } catch (error) {
      code = (error as SimulatorError).code;
    }
    expect(code).toBe('SIMULATOR_BAD_ARGUMENTS');
  });

  it('appends the receiver path only to a bare base URL', () => {
    expect(endpoint('http://127.0.0.1:3000', '/v1/events')).toBe('http://127.0.0.1:3000/v1/events');
    expect(endpoint('http://127.0.0.1:3000/custom', '/v1/events')).toBe('http://127.0.0.1:3000/custom');
  });
});
