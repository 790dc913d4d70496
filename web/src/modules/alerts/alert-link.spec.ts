import { safeAlertLink } from './alert-link';

describe('safeAlertLink', () => {
  it('keeps dashboard paths with their query', () => {
    expect(safeAlertLink('/quality?account=wa-1')).toBe('/quality?account=wa-1');
    expect(safeAlertLink('/support?from=2026-03-01&to=2026-03-07&breach=first-response')).toBe(
      '/support?from=2026-03-01&to=2026-03-07&breach=first-response',
    );
  });

  it('drops missing links, other origins and schemes', () => {
    for (const link of [
      null,
      undefined,
      '',
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'quality',
    ])
      expect(safeAlertLink(link)).toBeNull();
  });
});
