import { quoteIdentifier } from '../identifier';
import { MigrationError } from './migration-error';

export interface RenderOptions {
  database: string;
  /** When set, DDL runs `ON CLUSTER` and MergeTree-family engines become their Replicated* variants. */
  cluster?: string;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const ENGINE = /^ENGINE:((?:Replacing|Aggregating|Summing|Collapsing|VersionedCollapsing)?MergeTree)(\(.*\))?$/s;

/**
 * Turns a migration template into SQL for one deployment. Placeholders:
 * `{{DB}}` the database, `{{ON_CLUSTER}}` nothing or `ON CLUSTER name`,
 * `{{ENGINE:ReplacingMergeTree(ver)}}` the engine, Replicated* on a cluster (replica path and name come from
 * the server's `default_replica_path` / `default_replica_name`).
 */
export function renderMigration(template: string, { database, cluster }: RenderOptions, migration?: string): string {
  const db = quoteIdentifier(database);
  const onCluster = cluster === undefined ? '' : `ON CLUSTER ${quoteIdentifier(cluster)}`;
  return template.replace(PLACEHOLDER, (whole, body: string) => {
    const name = body.trim();
    if (name === 'DB') return db;
    if (name === 'ON_CLUSTER') return onCluster;
    const engine = ENGINE.exec(name);
    if (engine) {
      const [, family, args = ''] = engine;
      return `${cluster === undefined ? family : `Replicated${family}`}${args}`;
    }
    throw new MigrationError('MIGRATION_UNKNOWN_PLACEHOLDER', `unknown placeholder ${whole}`, migration);
  });
}
