import { Table, TableForeignKey, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * A tenant's marketing settings: attribution window and reporting currency (one row per tenant, absent until
 * first saved), exchange rates into the reporting currency, and message prices by channel and pricing category.
 * Table API only, so the same migration runs on SQLite and PostgreSQL.
 */
export class MarketingSettings0000000000005 implements MigrationInterface {
  name = 'MarketingSettings0000000000005';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const tenantId = (isPrimary: boolean): TableColumnOptions => ({
      name: 'tenant_id',
      type: 'varchar',
      length: '36',
      isPrimary,
      isNullable: false,
    });
    const key = (name: string, length: number): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isPrimary: true,
      isNullable: false,
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
        name: 'marketing_settings',
        columns: [
          tenantId(true),
          { name: 'attribution_window_days', type: 'integer', isNullable: false },
          { name: 'reporting_currency', type: 'varchar', length: '3', isNullable: false },
          { name: 'updated_at', type: String(types.createDate), default: types.createDateDefault, isNullable: false },
        ],
        foreignKeys: [tenantFk()],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'marketing_exchange_rates',
        columns: [
          tenantId(true),
          key('currency', 3),
          { name: 'rate', type: 'decimal', precision: 20, scale: 10, isNullable: false },
        ],
        foreignKeys: [tenantFk()],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'marketing_message_prices',
        columns: [
          tenantId(true),
          key('channel', 32),
          key('category', 32),
          { name: 'price', type: 'decimal', precision: 18, scale: 6, isNullable: false },
        ],
        foreignKeys: [tenantFk()],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['marketing_message_prices', 'marketing_exchange_rates', 'marketing_settings']) {
      await runner.dropTable(table);
    }
  }
}
