import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

/** Tables whose rows may be inserted but never changed or removed. */
const APPEND_ONLY = ['audit_entries', 'compliance_case_comments'] as const;

/**
 * The compliance case workflow: comments on a case (a case is the violation row), saved views of the violations
 * list, and append-only enforcement in the database itself for the audit log and the case comments — triggers
 * reject every UPDATE and DELETE (and TRUNCATE on PostgreSQL), whatever code or console runs them.
 */
export class ComplianceCases0000000000009 implements MigrationInterface {
  name = 'ComplianceCases0000000000009';

  async up(runner: QueryRunner): Promise<void> {
    const types = runner.connection.driver.mappedDataTypes;
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const timestamp = (name: string): TableColumnOptions => ({
      name,
      type: String(types.createDate),
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
        name: 'compliance_case_comments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          text('tenant_id', 36),
          text('violation_id', 36),
          text('author_kind', 16),
          text('author_id', 36, true),
          text('author_label', 320),
          { name: 'body', type: 'text', isNullable: false },
          timestamp('created_at'),
        ],
        foreignKeys: [
          tenantFk(),
          new TableForeignKey({
            columnNames: ['violation_id'],
            referencedTableName: 'compliance_violations',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [
          new TableIndex({
            name: 'ix_compliance_case_comments_violation',
            columnNames: ['tenant_id', 'violation_id', 'created_at'],
          }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'compliance_saved_views',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          text('tenant_id', 36),
          text('owner_kind', 16),
          text('owner_id', 36),
          text('owner_label', 320),
          text('name', 100),
          { name: 'filter', type: 'text', isNullable: false },
          { name: 'shared', type: 'boolean', isNullable: false, default: false },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        foreignKeys: [tenantFk()],
        indices: [new TableIndex({ name: 'ix_compliance_saved_views_tenant', columnNames: ['tenant_id'] })],
      }),
    );

    if (runner.connection.driver.options.type === 'postgres') {
      await runner.query(`
        CREATE FUNCTION checkmark_reject_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
        END
        $$`);
      for (const table of APPEND_ONLY) {
        await runner.query(
          `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
           FOR EACH ROW EXECUTE FUNCTION checkmark_reject_append_only_change()`,
        );
        await runner.query(
          `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION checkmark_reject_append_only_change()`,
        );
      }
    } else {
      for (const table of APPEND_ONLY) {
        for (const operation of ['UPDATE', 'DELETE']) {
          await runner.query(
            `CREATE TRIGGER ${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table}
             BEGIN SELECT RAISE(ABORT, '${table} is append-only: ${operation} refused'); END`,
          );
        }
      }
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.driver.options.type === 'postgres') {
      for (const table of APPEND_ONLY) {
        await runner.query(`DROP TRIGGER IF EXISTS ${table}_append_only ON ${table}`);
        await runner.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`);
      }
      await runner.query('DROP FUNCTION IF EXISTS checkmark_reject_append_only_change()');
    } else {
      for (const table of APPEND_ONLY) {
        await runner.query(`DROP TRIGGER IF EXISTS ${table}_no_update`);
        await runner.query(`DROP TRIGGER IF EXISTS ${table}_no_delete`);
      }
    }
    await runner.dropTable('compliance_saved_views');
    await runner.dropTable('compliance_case_comments');
  }
}
