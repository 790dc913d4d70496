import { loadMigrations } from '@checkmark/schemas/warehouse';
import { FOLLOW_UP_SECONDS } from '../templates/templates.repository';
import { READ_TIME_BUCKET_EDGES } from './read-time-buckets';

// The engagement rollup (warehouse migration 0006) computes histograms and template follow-ups when it is
// rebuilt, with these constants written into its SQL; the API's constants must say the same.
describe('constants baked into the engagement rollup', () => {
  const rollup = loadMigrations().find((m) => m.name === '0006_engagement_rollups')!.sql;

  it('uses the histogram edges of READ_TIME_BUCKET_EDGES', () => {
    expect(rollup).toContain(`[${READ_TIME_BUCKET_EDGES.join(', ')}]`);
  });

  it('counts follow-ups within FOLLOW_UP_SECONDS, and only that window', () => {
    const windows = [...rollup.matchAll(/toIntervalSecond\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(windows.length).toBeGreaterThan(0);
    expect(new Set(windows)).toEqual(new Set([FOLLOW_UP_SECONDS]));
  });
});
