import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/**
 * Alerts: rules per tenant, firings stored once per (rule, condition key), their deliveries (an outbox the
 * delivery worker drains), per-reader read marks, and the tenant's webhook target. Table API only, so the same
 * migration runs on SQLite and PostgreSQL.
 */
export class Alerts0000000000007 implements MigrationInterface {
  name = 'Alerts0000000000007';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const tenantId: TableColumnOptions = { name: 'tenant_id', type: 'varchar', length: '36', isNullable: false };
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const longText = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
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
        name: 'alert_rules',
        columns: [
          id,
          tenantId,
          text('kind', 32),
          text('name', 200),
          { name: 'enabled', type: 'boolean', isNullable: false },
          { name: 'threshold', type: 'decimal', precision: 12, scale: 4, isNullable: true },
          longText('account_ids'),
          longText('email_recipients'),
          { name: 'notify_webhook', type: 'boolean', isNullable: false },
          timestamp('last_evaluated_at', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        foreignKeys: [tenantFk()],
        indices: [new TableIndex({ name: 'ix_alert_rules_tenant', columnNames: ['tenant_id', 'created_at'] })],
      }),
    );
    // No foreign key to the rule: a deleted rule's firings stay in the history with the name they fired under.
    await runner.createTable(
      new Table({
        name: 'alert_firings',
        columns: [
          id,
          tenantId,
          text('rule_id', 36),
          text('rule_name', 200),
          text('kind', 32),
          text('severity', 16),
          text('dedup_key', 256),
          text('title', 500),
          longText('detail'),
          text('account_id', 128, true),
          timestamp('condition_at'),
          timestamp('fired_at'),
          text('link', 1000, true),
        ],
        foreignKeys: [tenantFk()],
        indices: [
          // Concurrent evaluators (several API replicas) insert a condition once: the loser's insert fails here.
          new TableIndex({ name: 'uq_alert_firings_rule_key', columnNames: ['rule_id', 'dedup_key'], isUnique: true }),
          new TableIndex({ name: 'ix_alert_firings_tenant_fired', columnNames: ['tenant_id', 'fired_at', 'id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'alert_deliveries',
        columns: [
          id,
          tenantId,
          text('firing_id', 36),
          text('channel', 16),
          longText('recipients'),
          text('status', 16),
          { name: 'attempts', type: 'integer', isNullable: false, default: 0 },
          text('last_error', 1000, true),
          timestamp('next_attempt_at'),
          timestamp('claimed_until', true),
          timestamp('delivered_at', true),
        ],
        foreignKeys: [
          tenantFk(),
          new TableForeignKey({
            columnNames: ['firing_id'],
            referencedTableName: 'alert_firings',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({ name: 'ix_alert_deliveries_due', columnNames: ['status', 'next_attempt_at'] }),
          new TableIndex({ name: 'ix_alert_deliveries_firing', columnNames: ['firing_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'alert_reads',
        columns: [
          { ...text('firing_id', 36), isPrimary: true },
          { ...text('reader', 80), isPrimary: true },
          tenantId,
          timestamp('read_at'),
        ],
        foreignKeys: [
          tenantFk(),
          new TableForeignKey({
            columnNames: ['firing_id'],
            referencedTableName: 'alert_firings',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_alert_reads_reader', columnNames: ['tenant_id', 'reader'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'alert_settings',
        columns: [
          { ...tenantId, isPrimary: true },
          text('webhook_url', 2000, true),
          text('webhook_secret', 200, true),
          timestamp('updated_at'),
        ],
        foreignKeys: [tenantFk()],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['alert_settings', 'alert_reads', 'alert_deliveries', 'alert_firings', 'alert_rules']) {
      await runner.dropTable(table);
    }
  }
}
