import { Table, TableForeignKey, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * A tenant's SLA targets (a settings row, absent until first saved, and at most one target per kind) and its
 * monitoring settings (tier-era choice, complaint spike threshold). Table API only, so the same migration runs
 * on SQLite and PostgreSQL.
 */
export class SlaMonitoringSettings0000000000006 implements MigrationInterface {
  name = 'SlaMonitoringSettings0000000000006';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const tenantId: TableColumnOptions = {
      name: 'tenant_id',
      type: 'varchar',
      length: '36',
      isPrimary: true,
      isNullable: false,
    };
    const updatedAt: TableColumnOptions = {
      name: 'updated_at',
      type: String(types.createDate),
      default: types.createDateDefault,
      isNullable: false,
    };
    const tenantFk = () =>
      new TableForeignKey({
        columnNames: ['tenant_id'],
        referencedTableName: 'tenants',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });

    await runner.createTable(
      new Table({ name: 'sla_settings', columns: [tenantId, updatedAt], foreignKeys: [tenantFk()] }),
    );
    await runner.createTable(
      new Table({
        name: 'sla_targets',
        columns: [
          tenantId,
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true, isNullable: false },
          { name: 'minutes', type: 'integer', isNullable: false },
          { name: 'basis', type: 'varchar', length: '16', isNullable: false },
        ],
        foreignKeys: [tenantFk()],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'monitoring_settings',
        columns: [
          tenantId,
          { name: 'tier_era', type: 'varchar', length: '16', isNullable: false },
          { name: 'complaint_spike_threshold', type: 'double precision', isNullable: true },
          updatedAt,
        ],
        foreignKeys: [tenantFk()],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['monitoring_settings', 'sla_targets', 'sla_settings']) {
      await runner.dropTable(table);
    }
  }
}
