import { ClickHouseError } from '@clickhouse/client';
import { toWarehouseError, WarehouseError } from './warehouse-error';

describe('toWarehouseError', () => {
  const serverError = (code: string, type: string) => new ClickHouseError({ message: 'boom', code, type });

  it('keeps the operation code and the server code for permanent server errors', () => {
    expect(
      toWarehouseError(serverError('27', 'CANNOT_PARSE_INPUT_ASSERTION_FAILED'), 'WAREHOUSE_INSERT_FAILED'),
    ).toMatchObject({
      code: 'WAREHOUSE_INSERT_FAILED',
      retryable: false,
      clickhouseCode: '27',
    });
  });

  it('marks transient server conditions as unavailable and retryable', () => {
    for (const code of ['252', '241', '202', '999']) {
      expect(toWarehouseError(serverError(code, 'X'), 'WAREHOUSE_INSERT_FAILED')).toMatchObject({
        code: 'WAREHOUSE_UNAVAILABLE',
        retryable: true,
      });
    }
  });

  it("reads the engine's code from chDB's native errors (raw insert)", () => {
    const chdbError = (clickhouseCode: number) =>
      Object.assign(new Error('boom'), { code: 'CHDB_QUERY', clickhouseCode });
    expect(toWarehouseError(chdbError(81), 'WAREHOUSE_INSERT_FAILED')).toMatchObject({
      code: 'WAREHOUSE_INSERT_FAILED',
      retryable: false,
      clickhouseCode: '81',
    });
    expect(toWarehouseError(chdbError(241), 'WAREHOUSE_INSERT_FAILED')).toMatchObject({
      code: 'WAREHOUSE_UNAVAILABLE',
      retryable: true,
      clickhouseCode: '241',
    });
  });

  it('marks network failures and closed connections as unavailable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8123'), { code: 'ECONNREFUSED' });
    expect(toWarehouseError(refused, 'WAREHOUSE_QUERY_FAILED')).toMatchObject({
      code: 'WAREHOUSE_UNAVAILABLE',
      retryable: true,
    });
    expect(toWarehouseError(new Error('Timeout error.'), 'WAREHOUSE_QUERY_FAILED').code).toBe('WAREHOUSE_UNAVAILABLE');
    expect(toWarehouseError(new Error('ChdbConnection is closed'), 'WAREHOUSE_INSERT_FAILED').code).toBe(
      'WAREHOUSE_UNAVAILABLE',
    );
  });

  it('passes WarehouseError through unchanged', () => {
    const original = new WarehouseError('WAREHOUSE_QUERY_FAILED', 'x', false);
    expect(toWarehouseError(original, 'WAREHOUSE_INSERT_FAILED')).toBe(original);
  });
});
