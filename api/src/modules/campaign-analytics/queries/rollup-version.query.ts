/** The campaign rollups' tables (migrations 0008, 0010, 0011): Campaigns queries read only these. */
export const CAMPAIGN_ROLLUP_TABLES = [
  'campaign_sends',
  'campaign_starts',
  'conversation_starts',
  'conversion_touches',
] as const;

export interface RollupVersionRow {
  name: string;
  uuid: string;
}

/**
 * Which contents the campaign rollups hold now: each rebuild of a refreshable view fills a new table and
 * exchanges it with the old one, so the table's UUID changes with every rebuild and only then ({database},
 * {tables}).
 */
export const ROLLUP_VERSION_QUERY = `
SELECT name, toString(uuid) AS uuid
FROM system.tables
WHERE database = {database:String} AND name IN {tables:Array(String)}
ORDER BY name`;
