import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/**
 * A tenant's settings: teams, agents, campaigns with their attribution codes and spend by day. Table API only,
 * so the same migration runs on SQLite and PostgreSQL.
 */
export class CreateSettings0000000000003 implements MigrationInterface {
  name = 'CreateSettings0000000000003';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const tenantId: TableColumnOptions = { name: 'tenant_id', type: 'varchar', length: '36', isNullable: false };
    const timestamp = (name: string): TableColumnOptions => ({
      name,
      type: String(types.createDate),
      default: types.createDateDefault,
      isNullable: false,
    });
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'NO ACTION') =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });
    const campaignFk = () => fk('campaign_id', 'campaigns', 'CASCADE');

    await runner.createTable(
      new Table({
        name: 'teams',
        columns: [id, tenantId, text('name', 200), timestamp('created_at')],
        foreignKeys: [fk('tenant_id', 'tenants', 'CASCADE')],
        indices: [new TableIndex({ name: 'uq_teams_tenant_name', columnNames: ['tenant_id', 'name'], isUnique: true })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'agents',
        columns: [
          id,
          tenantId,
          text('external_id', 128),
          text('name', 200),
          text('email', 320, true),
          text('team_id', 36, true),
          { name: 'active', type: 'boolean', default: true, isNullable: false },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        // The service clears team_id itself when a team goes; SET NULL keeps that true for any other path.
        foreignKeys: [fk('tenant_id', 'tenants', 'CASCADE'), fk('team_id', 'teams', 'SET NULL')],
        indices: [
          new TableIndex({
            name: 'uq_agents_tenant_external',
            columnNames: ['tenant_id', 'external_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_agents_tenant_name', columnNames: ['tenant_id', 'name', 'id'] }),
          new TableIndex({ name: 'ix_agents_team', columnNames: ['team_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          id,
          tenantId,
          text('key', 128),
          text('name', 200),
          text('channel', 32, true),
          text('account_id', 36, true),
          text('source_kind', 32),
          text('template_name', 512, true),
          { name: 'starts_on', type: 'date', isNullable: true },
          { name: 'ends_on', type: 'date', isNullable: true },
          text('currency', 3),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        // NO ACTION: a business account used by campaigns cannot be deleted (the API answers CONFLICT).
        foreignKeys: [fk('tenant_id', 'tenants', 'CASCADE'), fk('account_id', 'business_accounts', 'NO ACTION')],
        indices: [
          new TableIndex({ name: 'uq_campaigns_tenant_key', columnNames: ['tenant_id', 'key'], isUnique: true }),
          new TableIndex({ name: 'ix_campaigns_tenant_name', columnNames: ['tenant_id', 'name', 'id'] }),
          new TableIndex({ name: 'ix_campaigns_account', columnNames: ['account_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'campaign_codes',
        columns: [
          { ...text('campaign_id', 36), isPrimary: true },
          { ...text('kind', 32), isPrimary: true },
          { ...text('value', 256), isPrimary: true },
          { name: 'position', type: 'integer', isNullable: false },
        ],
        foreignKeys: [campaignFk()],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'campaign_daily_spend',
        columns: [
          { ...text('campaign_id', 36), isPrimary: true },
          { name: 'date', type: 'date', isPrimary: true },
          { name: 'amount', type: 'decimal', precision: 18, scale: 4, isNullable: false },
        ],
        foreignKeys: [campaignFk()],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['campaign_daily_spend', 'campaign_codes', 'campaigns', 'agents', 'teams']) {
      await runner.dropTable(table);
    }
  }
}
