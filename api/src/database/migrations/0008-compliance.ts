import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/**
 * Compliance: a tenant's rule settings (frequency cap, quiet hours, content rule overrides; a revision that rule
 * versions carry), the violations detection derives from the warehouse (one row per (tenant, key), never deleted:
 * retracted when a re-run no longer finds them; case columns for the case workflow), and each tenant's detection
 * progress (last run, ingestion watermark, a requested full re-run, the last failure). Table API only, so the same
 * migration runs on SQLite and PostgreSQL.
 */
export class Compliance0000000000008 implements MigrationInterface {
  name = 'Compliance0000000000008';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const tenantId: TableColumnOptions = { name: 'tenant_id', type: 'varchar', length: '36', isNullable: false };
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const longText = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
    const integer = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false });
    const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false });
    const timestamp = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: String(types.createDate),
      isNullable,
      ...(isNullable ? {} : { default: types.createDateDefault }),
    });
    const tenantFk = () =>
      new TableForeignKey({
        columnNames: ['tenant_id'],
        referencedTableName: 'tenants',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });

    await runner.createTable(
      new Table({
        name: 'compliance_settings',
        columns: [
          { ...tenantId, isPrimary: true },
          flag('frequency_cap_enabled'),
          integer('frequency_cap_count'),
          integer('frequency_cap_window_hours'),
          flag('quiet_hours_enabled'),
          integer('quiet_hours_start_minute'),
          integer('quiet_hours_end_minute'),
          longText('content_rule_overrides', true),
          integer('revision'),
          timestamp('updated_at'),
          text('updated_by', 200, true),
        ],
        foreignKeys: [tenantFk()],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'compliance_violations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          tenantId,
          text('key', 400),
          text('kind', 32),
          text('severity', 16),
          text('rule_version', 200),
          timestamp('occurred_at'),
          timestamp('detected_at'),
          text('channel', 16),
          text('account_id', 128),
          text('contact_id', 256),
          text('message_id', 256, true),
          text('event_id', 128, true),
          text('campaign_id', 128, true),
          text('template_name', 512, true),
          longText('evidence'),
          timestamp('retracted_at', true),
          { ...text('case_state', 24), default: "'open'" },
          text('assignee_user_id', 36, true),
          timestamp('case_updated_at', true),
        ],
        foreignKeys: [tenantFk()],
        indices: [
          // Concurrent detection runs (several API replicas) insert a violation once: the loser's insert fails here.
          new TableIndex({ name: 'uq_compliance_violations_key', columnNames: ['tenant_id', 'key'], isUnique: true }),
          new TableIndex({ name: 'ix_compliance_violations_occurred', columnNames: ['tenant_id', 'occurred_at'] }),
          new TableIndex({
            name: 'ix_compliance_violations_kind',
            columnNames: ['tenant_id', 'kind', 'occurred_at'],
          }),
          new TableIndex({ name: 'ix_compliance_violations_case', columnNames: ['tenant_id', 'case_state'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'compliance_detection_state',
        columns: [
          { ...tenantId, isPrimary: true },
          timestamp('last_run_at', true),
          timestamp('last_ingested_at', true),
          timestamp('full_run_requested_at', true),
          text('last_error', 1000, true),
          timestamp('last_error_at', true),
        ],
        foreignKeys: [tenantFk()],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['compliance_detection_state', 'compliance_violations', 'compliance_settings']) {
      await runner.dropTable(table);
    }
  }
}
