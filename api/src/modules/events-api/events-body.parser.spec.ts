import { parseEventsBody, type EventsBodyLine } from './events-body.parser';

const body = (s: string) => Buffer.from(s, 'utf8');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};
const summary = (lines: EventsBodyLine[]) =>
  lines.map((l) => ({ line: l.line, raw: l.raw.toString('utf8'), ok: 'value' in l }));

describe('parseEventsBody', () => {
  it('numbers NDJSON lines physically, skipping blank lines and CRLF endings', () => {
    const lines = parseEventsBody(body('{"a":1}\r\n\n{"b":2}\n{bad\n'), 'application/x-ndjson', 100);
    expect(summary(lines)).toEqual([
      { line: 1, raw: '{"a":1}', ok: true },
      { line: 3, raw: '{"b":2}', ok: true },
      { line: 4, raw: '{bad', ok: false },
    ]);
  });

  it('keeps the exact bytes of each NDJSON line, including non-ASCII', () => {
    const [line] = parseEventsBody(body('{"text":"Olá, привет"}'), 'application/x-ndjson', 10);
    expect(line.raw.equals(body('{"text":"Olá, привет"}'))).toBe(true);
    expect('value' in line && line.value).toEqual({ text: 'Olá, привет' });
  });

  it('reads a JSON array as one event per element, numbered from 1', () => {
    const lines = parseEventsBody(body('[{"a":1}, {"b":2}]'), 'application/json; charset=utf-8', 10);
    expect(summary(lines)).toEqual([
      { line: 1, raw: '{"a":1}', ok: true },
      { line: 2, raw: '{"b":2}', ok: true },
    ]);
  });

  it('reads a single JSON object as one event', () => {
    expect(summary(parseEventsBody(body('{"a":1}'), 'application/json', 10))).toEqual([
      { line: 1, raw: '{"a":1}', ok: true },
    ]);
  });

  it('falls back to NDJSON when a JSON body has several lines that do not parse as a whole', () => {
    const lines = parseEventsBody(body('{"a":1}\n{"b":2}\n'), 'application/json', 10);
    expect(lines.map((l) => l.line)).toEqual([1, 2]);
  });

  it('sniffs the format when the content type says nothing precise', () => {
    expect(parseEventsBody(body('[{"a":1}]'), undefined, 10)).toHaveLength(1);
    expect(parseEventsBody(body('{"a":1}\n{"a":2}'), 'text/plain', 10)).toHaveLength(2);
  });

  it('strips a UTF-8 byte order mark', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body('{"a":1}')]);
    expect(summary(parseEventsBody(withBom, 'application/x-ndjson', 10))).toEqual([
      { line: 1, raw: '{"a":1}', ok: true },
    ]);
  });

  it('refuses unreadable, empty, oversized and foreign bodies with codes', () => {
    expect(codeOf(() => parseEventsBody(body('{"a":'), 'application/json', 10))).toBe('MALFORMED_JSON');
    expect(codeOf(() => parseEventsBody(body('  \n'), 'application/x-ndjson', 10))).toBe('EMPTY_BODY');
    expect(codeOf(() => parseEventsBody(body('[1,2,3]'), 'application/json', 2))).toBe('TOO_MANY_EVENTS');
    expect(codeOf(() => parseEventsBody(body('{}\n{}\n{}'), 'application/x-ndjson', 2))).toBe('TOO_MANY_EVENTS');
    expect(codeOf(() => parseEventsBody(body('a=1'), 'application/x-www-form-urlencoded', 2))).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });
});
