import { ReadTimeBucket } from './dtos/engagement.enums';

/** The histogram's buckets in order (DOMAIN.md §3). */
export const READ_TIME_BUCKETS: readonly ReadTimeBucket[] = [
  ReadTimeBucket.UNDER_1_MIN,
  ReadTimeBucket.MIN_1_TO_5,
  ReadTimeBucket.MIN_5_TO_30,
  ReadTimeBucket.MIN_30_TO_2_H,
  ReadTimeBucket.H_2_TO_24,
  ReadTimeBucket.OVER_24_H,
];

/**
 * Lower bounds in seconds of every bucket but the first. A time to read exactly on an edge falls in the upper
 * bucket: 60 s is "1–5 min", 300 s "5–30 min", 1800 s "30 min–2 h", 7200 s "2–24 h", 86400 s "over 24 h".
 */
export const READ_TIME_BUCKET_EDGES: readonly number[] = [60, 300, 1800, 7200, 86400];
