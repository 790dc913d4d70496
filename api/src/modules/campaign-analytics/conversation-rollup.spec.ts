import { loadMigrations } from '@checkmark/schemas/warehouse';
import { CONVERSATION_SILENCE_SECONDS } from '../overview/overview.repository';

// The conversation starts rollup (warehouse migration 0008) splits threads without a conversation id after the
// Overview's silence, written into its SQL in milliseconds; the API's constant must say the same.
describe('constants baked into the conversation starts rollup', () => {
  const rollup = loadMigrations().find((m) => m.name === '0008_conversation_touches')!.sql;

  it('splits threads after CONVERSATION_SILENCE_SECONDS of silence, and only that', () => {
    const silences = [...rollup.matchAll(/t - m >= (\d+)/g)].map((m) => Number(m[1]));
    expect(silences).toEqual([CONVERSATION_SILENCE_SECONDS * 1000]);
  });
});
