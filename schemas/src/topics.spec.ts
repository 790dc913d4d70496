import { DLQ_HEADERS, MAX_DEAD_LETTER_DETAIL_CHARS, deadLetterHeaders } from './topics';

describe('deadLetterHeaders', () => {
  it('writes the consumed position for ingesters and the receiver and tenant for receivers, detail bounded', () => {
    const time = new Date('2026-01-02T03:04:05.678Z');
    expect(
      deadLetterHeaders({
        reason: 'malformed_json',
        step: 'parse',
        detail: 'x'.repeat(5000),
        time,
        sourceTopic: 'events.v1',
        sourcePartition: 0,
        sourceOffset: '17',
      }),
    ).toEqual({
      [DLQ_HEADERS.reason]: 'malformed_json',
      [DLQ_HEADERS.step]: 'parse',
      [DLQ_HEADERS.detail]: 'x'.repeat(MAX_DEAD_LETTER_DETAIL_CHARS),
      [DLQ_HEADERS.time]: '2026-01-02T03:04:05.678Z',
      [DLQ_HEADERS.sourceTopic]: 'events.v1',
      [DLQ_HEADERS.sourcePartition]: '0',
      [DLQ_HEADERS.sourceOffset]: '17',
    });
    expect(
      Object.keys(
        deadLetterHeaders({
          reason: 'invalid_event',
          step: 'validate',
          detail: '',
          time,
          source: 'events_api',
          tenantId: 't1',
        }),
      ).sort(),
    ).toEqual(
      [
        DLQ_HEADERS.reason,
        DLQ_HEADERS.step,
        DLQ_HEADERS.detail,
        DLQ_HEADERS.time,
        DLQ_HEADERS.source,
        DLQ_HEADERS.tenantId,
      ].sort(),
    );
  });
});
