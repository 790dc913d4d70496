import { loadMigrations } from '@checkmark/schemas/warehouse';
import { FOLLOW_UP_SECONDS } from '../templates/templates.repository';

// message_outcomes (warehouse migration 0007) decides replies, complaints and opt-outs for the funnel and the
// template list when it is rebuilt, with the window written into its SQL; it must be the API's FOLLOW_UP_SECONDS.
describe('follow-up window baked into message_outcomes', () => {
  const outcomes = loadMigrations().find((m) => m.name === '0007_message_outcomes')!.sql;

  it('counts replies, complaints and opt-outs within FOLLOW_UP_SECONDS, and only that window', () => {
    const windows = [...outcomes.matchAll(/toIntervalSecond\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(windows).toHaveLength(4); // the first reply, a quoting reply, a complaint, an opt-out
    expect(new Set(windows)).toEqual(new Set([FOLLOW_UP_SECONDS]));
  });
});
