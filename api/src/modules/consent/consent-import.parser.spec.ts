import {
  ConsentImportHeaderError,
  ConsentImportTooLargeError,
  ConsentImportTooManyRowsError,
  parseConsentRecords,
} from './consent-import.parser';

const LIMITS = { maxBytes: 10_000, maxRows: 10 };

describe('parseConsentRecords', () => {
  it('reads RFC 4180 CSV: quoted commas, line breaks and "" escapes; columns in any order and case', () => {
    const csv = [
      '\uFEFFChannel,CONTACT,evidenceText,occurredAt',
      'whatsapp,+4915123,"Yes, please.',
      'Reply ""STOP"" to stop",2025-03-01T09:00:00Z',
      '',
      'sms,+4915124,,2025-03-02T09:00:00Z',
    ].join('\n');
    expect(parseConsentRecords(csv, 'csv', LIMITS)).toEqual([
      {
        row: 1,
        raw: 'whatsapp,+4915123,"Yes, please.\nReply ""STOP"" to stop",2025-03-01T09:00:00Z',
        values: {
          channel: 'whatsapp',
          contact: '+4915123',
          evidenceText: 'Yes, please.\nReply "STOP" to stop',
          occurredAt: '2025-03-01T09:00:00Z',
        },
        issues: [],
      },
      {
        row: 3,
        raw: 'sms,+4915124,,2025-03-02T09:00:00Z',
        values: { channel: 'sms', contact: '+4915124', occurredAt: '2025-03-02T09:00:00Z' },
        issues: [],
      },
    ]);
  });

  it('reports a row with the wrong number of fields or an unclosed quote, and keeps reading', () => {
    const rows = parseConsentRecords('contact,channel\na\nb,whatsapp\n"c,whatsapp', 'csv', LIMITS);
    expect(rows.map((r) => [r.row, r.values, r.issues.map((i) => i.code)])).toEqual([
      [1, null, ['MALFORMED_CSV']],
      [2, { contact: 'b', channel: 'whatsapp' }, []],
      [3, null, ['MALFORMED_CSV']],
    ]);
  });

  it.each([
    ['no header', ''],
    ['an unknown column', 'contact,chanel\n'],
    ['a column twice', 'contact,Contact\n'],
  ])('refuses a CSV with %s', (_, csv) => {
    expect(() => parseConsentRecords(csv, 'csv', LIMITS)).toThrow(ConsentImportHeaderError);
  });

  it('reads NDJSON line by line: field names case-insensitive, nulls ignored, anything else reported', () => {
    const rows = parseConsentRecords(
      ['{"Contact":"a","channel":"sms","formId":null}', '', '[1]', '{"contact":1,"colour":"red"}', '{'].join('\r\n'),
      'ndjson',
      LIMITS,
    );
    expect(rows.map((r) => [r.row, r.values, r.issues.map((i) => [i.field, i.code])])).toEqual([
      [1, { contact: 'a', channel: 'sms' }, []],
      [3, null, [['', 'MALFORMED_JSON']]],
      [
        4,
        null,
        [
          ['contact', 'INVALID_TYPE'],
          ['colour', 'UNKNOWN_FIELD'],
        ],
      ],
      [5, null, [['', 'MALFORMED_JSON']]],
    ]);
  });

  it('refuses content over the size limit and more rows than the row limit with typed errors', () => {
    expect(() => parseConsentRecords('x'.repeat(101), 'ndjson', { maxBytes: 100, maxRows: 10 })).toThrow(
      ConsentImportTooLargeError,
    );
    const eleven = Array.from({ length: 11 }, () => '{"contact":"a"}').join('\n');
    expect(() => parseConsentRecords(eleven, 'ndjson', LIMITS)).toThrow(ConsentImportTooManyRowsError);
    expect(() => parseConsentRecords(eleven, 'ndjson', { ...LIMITS, maxRows: 11 })).not.toThrow();
  });
});
