import { conversationsSource, repliesSource, type SupportSqlShape } from './support-scope.fragment';

export interface ResponseTimeBucketRow {
  /** How many bucket edges the duration reached (0 = below the first). */
  bucket: number;
  count: number;
}

const BUCKET = (value: string) => `arrayCount(edge -> ${value} >= edge, {bucketEdges:Array(Float64)})`;

/** First-response ({metric} = 'FIRST_RESPONSE') or resolution times of the period's conversations per bucket. */
export function conversationTimeBucketsQuery(database: string, shape: SupportSqlShape): string {
  return `
SELECT bucket, toUInt32(count()) AS count
FROM
(
    SELECT
        if({metric:String} = 'FIRST_RESPONSE', frt, resolution) AS value,
        ${BUCKET('value')} AS bucket
    FROM ${conversationsSource(database, shape)}
    WHERE if({metric:String} = 'FIRST_RESPONSE', answered, is_resolved)
)
GROUP BY bucket
ORDER BY bucket`;
}

/** Reply times of the period's agent replies that answered a customer message, per bucket. */
export function replyTimeBucketsQuery(database: string, shape: SupportSqlShape): string {
  return `
SELECT ${BUCKET('reply')} AS bucket, toUInt32(count()) AS count
FROM ${repliesSource(database, shape)}
WHERE answered
GROUP BY bucket
ORDER BY bucket`;
}
