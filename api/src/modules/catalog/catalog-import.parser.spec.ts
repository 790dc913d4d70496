import { parseCatalogRows } from './catalog-import.parser';
import { toCatalogItemChange } from './catalog-item.validation';

const LIMITS = { maxBytes: 10_000, maxRows: 3 };

/** The AppError code `read` throws, or null. */
function codeOf(read: () => unknown): string | null {
  try {
    read();
  } catch (error) {
    return (error as { code?: string }).code ?? 'NO_CODE';
  }
  return null;
}

describe('parseCatalogRows', () => {
  it('reads CSV with quoted fields, any column order and case, and reports broken rows by number', () => {
    const csv = [
      'TITLE,itemid,Description',
      '"Shirt, cotton",sku-1,"Soft ""organic"" cotton',
      'two lines"',
      '',
      'Hat,sku-2',
    ].join('\r\n');
    const rows = parseCatalogRows(csv, 'csv', LIMITS);
    expect(rows).toEqual([
      {
        row: 1,
        values: { title: 'Shirt, cotton', itemId: 'sku-1', description: 'Soft "organic" cotton\r\ntwo lines' },
        issues: [],
      },
      {
        row: 3,
        values: null,
        issues: [{ row: 3, field: '', code: 'MALFORMED_CSV', message: expect.any(String) }],
      },
    ]);
  });

  it('refuses unknown and repeated columns and a missing header with BAD_USER_INPUT', () => {
    expect(codeOf(() => parseCatalogRows('itemId,price\nx,1', 'csv', LIMITS))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseCatalogRows('itemId,ITEMID\nx,y', 'csv', LIMITS))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseCatalogRows('\n\n', 'csv', LIMITS))).toBe('BAD_USER_INPUT');
  });

  it('reads NDJSON lines, with removed as a boolean, and reports bad lines and fields', () => {
    const ndjson = [
      '{"itemId":"a","title":"A","removed":false}',
      'not json',
      '{"itemId":"b","price":3}',
      '{"itemId":7}',
    ].join('\n');
    const rows = parseCatalogRows(ndjson, 'ndjson', { maxBytes: 10_000, maxRows: 10 });
    expect(rows.map((r) => [r.row, r.values, r.issues.map((i) => [i.field, i.code])])).toEqual([
      [1, { itemId: 'a', title: 'A', removed: 'false' }, []],
      [2, null, [['', 'MALFORMED_JSON']]],
      [3, null, [['price', 'UNKNOWN_FIELD']]],
      [4, null, [['itemId', 'INVALID_TYPE']]],
    ]);
  });

  it('throws typed errors above the size and row limits', () => {
    expect(codeOf(() => parseCatalogRows('x'.repeat(10_001), 'ndjson', LIMITS))).toBe('PAYLOAD_TOO_LARGE');
    expect(codeOf(() => parseCatalogRows('itemId,title\na,A\nb,B\nc,C', 'csv', LIMITS))).toBeNull();
    expect(codeOf(() => parseCatalogRows('itemId,title\na,A\nb,B\nc,C\nd,D', 'csv', LIMITS))).toBe('TOO_MANY_ROWS');
  });
});

describe('toCatalogItemChange', () => {
  it('trims, takes the import account when the row has none, and needs no title for a removal', () => {
    expect(toCatalogItemChange({ itemId: ' a ', title: ' Hat ' }, 1, 'pn_1')).toEqual({
      change: { itemId: 'a', removed: false, accountId: 'pn_1', title: 'Hat', description: '', url: null },
    });
    expect(
      toCatalogItemChange({ itemId: 'a', accountId: 'pn_2', title: 'Hat', url: 'https://x.test/a' }, 1, 'pn_1'),
    ).toMatchObject({ change: { accountId: 'pn_2', url: 'https://x.test/a' } });
    expect(toCatalogItemChange({ itemId: 'a', removed: 'TRUE' }, 1, '')).toEqual({
      change: { itemId: 'a', removed: true },
    });
  });

  it('reports every problem of a row with its field and code', () => {
    const result = toCatalogItemChange({ title: 'x'.repeat(501), url: 'javascript:alert(1)', removed: 'maybe' }, 4, '');
    expect(result.issues?.map((i) => [i.row, i.field, i.code])).toEqual([
      [4, 'removed', 'INVALID_VALUE'],
      [4, 'itemId', 'REQUIRED'],
      [4, 'title', 'TOO_LONG'],
      [4, 'url', 'INVALID_URL'],
    ]);
    expect(toCatalogItemChange({ itemId: 'a\u0001', title: 'T' }, 2, '').issues?.[0]).toMatchObject({
      field: 'itemId',
      code: 'INVALID_VALUE',
    });
  });
});
