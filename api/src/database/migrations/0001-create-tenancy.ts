import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/**
 * Tenants, API keys, business accounts and webhook credentials. Written against TypeORM's table API so the
 * same migration runs on SQLite and PostgreSQL; column types come from the driver's own date mapping.
 */
export class CreateTenancy0000000000001 implements MigrationInterface {
  name = 'CreateTenancy0000000000001';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const tenantId: TableColumnOptions = { name: 'tenant_id', type: 'varchar', length: '36', isNullable: false };
    const createdAt: TableColumnOptions = {
      name: 'created_at',
      type: String(types.createDate),
      default: types.createDateDefault,
      isNullable: false,
    };
    const nullableDate = (name: string): TableColumnOptions => ({
      name,
      type: String(types.createDate),
      isNullable: true,
    });
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
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
        name: 'tenants',
        columns: [id, text('name', 200), text('slug', 64), createdAt],
        indices: [new TableIndex({ name: 'uq_tenants_slug', columnNames: ['slug'], isUnique: true })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          id,
          tenantId,
          text('name', 200),
          text('prefix', 16),
          text('key_hash', 64),
          text('role', 32),
          createdAt,
          nullableDate('last_used_at'),
          nullableDate('revoked_at'),
        ],
        foreignKeys: [tenantFk()],
        indices: [
          new TableIndex({ name: 'uq_api_keys_key_hash', columnNames: ['key_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_api_keys_tenant', columnNames: ['tenant_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'business_accounts',
        columns: [
          id,
          tenantId,
          text('channel', 32),
          text('external_id', 128),
          text('waba_id', 128, true),
          text('display_phone_number', 64, true),
          text('display_name', 200, true),
          { name: 'verified', type: 'boolean', default: false, isNullable: false },
          createdAt,
        ],
        foreignKeys: [tenantFk()],
        indices: [
          new TableIndex({
            name: 'uq_business_accounts_channel_external',
            columnNames: ['channel', 'external_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_business_accounts_tenant', columnNames: ['tenant_id'] }),
          new TableIndex({ name: 'ix_business_accounts_waba', columnNames: ['channel', 'waba_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'webhook_configs',
        columns: [
          id,
          tenantId,
          text('channel', 32),
          text('app_secret', 256, true),
          text('verify_token', 256, true),
          createdAt,
          { ...createdAt, name: 'updated_at' },
        ],
        foreignKeys: [tenantFk()],
        indices: [
          new TableIndex({
            name: 'uq_webhook_configs_tenant_channel',
            columnNames: ['tenant_id', 'channel'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['webhook_configs', 'business_accounts', 'api_keys', 'tenants']) {
      await runner.dropTable(table);
    }
  }
}
