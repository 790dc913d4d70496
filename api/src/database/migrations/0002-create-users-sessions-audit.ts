import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/**
 * People and their sessions, failed login attempts (rate limiting across API replicas), tenant settings and
 * the audit log. Table API only, so it runs on SQLite and PostgreSQL alike.
 */
export class CreateUsersSessionsAudit0000000000002 implements MigrationInterface {
  name = 'CreateUsersSessionsAudit0000000000002';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const tenantId: TableColumnOptions = { name: 'tenant_id', type: 'varchar', length: '36', isNullable: false };
    const date = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: String(types.createDate),
      isNullable,
    });
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const longText = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
    const fk = (column: string, table: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });

    await runner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          tenantId,
          text('email', 320),
          text('email_normalized', 320),
          text('name', 200),
          text('password_hash', 255),
          text('role', 32),
          text('locale', 8),
          text('time_zone', 64, true),
          { name: 'active', type: 'boolean', default: true, isNullable: false },
          date('created_at'),
          date('updated_at'),
          date('last_login_at', true),
        ],
        foreignKeys: [fk('tenant_id', 'tenants')],
        indices: [
          new TableIndex({
            name: 'uq_users_tenant_email',
            columnNames: ['tenant_id', 'email_normalized'],
            isUnique: true,
          }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id,
          tenantId,
          text('user_id', 36),
          text('token_hash', 64),
          date('created_at'),
          date('expires_at'),
          date('revoked_at', true),
        ],
        foreignKeys: [fk('tenant_id', 'tenants'), fk('user_id', 'users')],
        indices: [
          new TableIndex({ name: 'uq_sessions_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_sessions_user', columnNames: ['user_id'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'login_failures',
        columns: [id, text('email_normalized', 320), text('ip', 64), date('at')],
        indices: [
          new TableIndex({ name: 'ix_login_failures_ip_at', columnNames: ['ip', 'at'] }),
          new TableIndex({ name: 'ix_login_failures_email_ip_at', columnNames: ['email_normalized', 'ip', 'at'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'tenant_settings',
        columns: [
          { ...tenantId, isPrimary: true },
          text('time_zone', 64),
          longText('business_hours', false),
          longText('holidays', false),
          date('updated_at'),
        ],
        foreignKeys: [fk('tenant_id', 'tenants')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          id,
          tenantId,
          date('at'),
          text('actor_kind', 16),
          text('actor_id', 36, true),
          text('actor_label', 320),
          text('action', 100),
          text('entity_type', 64),
          text('entity_id', 128, true),
          longText('before'),
          longText('after'),
        ],
        foreignKeys: [fk('tenant_id', 'tenants')],
        indices: [new TableIndex({ name: 'ix_audit_entries_tenant_at', columnNames: ['tenant_id', 'at', 'id'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'tenant_settings', 'login_failures', 'sessions', 'users']) {
      await runner.dropTable(table);
    }
  }
}
