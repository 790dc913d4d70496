import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/**
 * A tenant's product catalog as the business shares it on WhatsApp / Instagram shops: one row per (tenant, item id),
 * upserted by imports, never deleted (a removed item keeps its row with `removed_at`), so prohibited-content
 * violations found in an item can be retracted when it is edited or removed. Table API only, so the same migration
 * runs on SQLite and PostgreSQL.
 */
export class CatalogItems0000000000010 implements MigrationInterface {
  name = 'CatalogItems0000000000010';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const timestamp = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: String(types.createDate),
      isNullable,
      ...(isNullable ? {} : { default: types.createDateDefault }),
    });
    await runner.createTable(
      new Table({
        name: 'catalog_items',
        columns: [
          { ...text('tenant_id', 36), isPrimary: true },
          { ...text('item_id', 200), isPrimary: true },
          text('account_id', 128),
          text('title', 500),
          { name: 'description', type: 'text', isNullable: false },
          text('url', 2000, true),
          timestamp('created_at'),
          timestamp('updated_at'),
          timestamp('removed_at', true),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['tenant_id'],
            referencedTableName: 'tenants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({ name: 'ix_catalog_items_tenant_updated', columnNames: ['tenant_id', 'updated_at'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('catalog_items');
  }
}
