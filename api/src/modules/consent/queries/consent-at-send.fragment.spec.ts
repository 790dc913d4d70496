import { loadMigrations } from '@checkmark/schemas/warehouse';
import {
  CONSENT_AT_SEND_COLUMNS,
  consentAtSendRollupSelect,
  consentAtSendWith,
  PERIOD_BOUNDS,
} from './consent-at-send.fragment';

/** The latest warehouse migration that (re)defines the consent_at_send rollup's view. */
function rollupMigration() {
  const defining = loadMigrations().filter((m) =>
    m.sql.includes('MATERIALIZED VIEW IF NOT EXISTS {{DB}}.consent_at_send_mv'),
  );
  return defining[defining.length - 1];
}

describe('consent at send: one definition for the live queries and the rollup', () => {
  it("the rollup view's SELECT is the fragment's text (a changed definition needs a new migration)", () => {
    const migration = rollupMigration();
    expect(migration?.name).toBe('0015_consent_at_send');
    const viewSql = migration.sql.slice(migration.sql.indexOf('REFRESH EVERY 5 MINUTE TO {{DB}}.consent_at_send AS\n'));
    expect(viewSql).toBe(
      `REFRESH EVERY 5 MINUTE TO {{DB}}.consent_at_send AS\n${consentAtSendRollupSelect('{{DB}}')};\n`,
    );
  });

  it('the rollup table has the columns the view selects, in order', () => {
    const table = rollupMigration().sql.match(
      /CREATE TABLE IF NOT EXISTS \{\{DB\}\}\.consent_at_send \{\{ON_CLUSTER\}\}\n\(([\s\S]*?)\n\)\nENGINE/,
    );
    const columns = table![1]
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('--'))
      .map((line) => line.split(' ')[0]);
    expect(columns).toEqual([...CONSENT_AT_SEND_COLUMNS]);
  });

  it('the live text differs from the rollup only by the narrowing to a tenant, a range and its contacts', () => {
    const live = consentAtSendWith('{{DB}}', PERIOD_BOUNDS);
    const narrowing =
      /\n {8}AND (tenant_id = \{tenant:String\}|occurred_at [<>]=? [^\n]*|\(NOT \{filter[^\n]*|\(channel, contact_id\) IN \(SELECT channel, contact_id FROM sends\))/g;
    const rollup = consentAtSendRollupSelect('{{DB}}');
    const unnarrowed = live
      .replace(narrowing, '')
      .replace(/WHERE tenant_id = \{tenant:String\}\n {8}AND /g, 'WHERE ')
      .replace(
        /\n {16}AND tenant_id = \{tenant:String\}|\n {16}AND \(channel, contact_id\) IN \(SELECT channel, contact_id FROM sends\)/g,
        '',
      );
    expect(rollup.startsWith(`WITH${unnarrowed}\nSELECT`)).toBe(true);
  });
});
