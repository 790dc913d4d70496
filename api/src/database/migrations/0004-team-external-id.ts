import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Teams get the team_id events carry, so team analytics can join events to teams. Optional: teams created
 * before it have none. SQLite and PostgreSQL both treat NULLs as distinct in a unique index, so any number of
 * teams may go without one while a set id stays unique within the tenant.
 */
export class TeamExternalId0000000000004 implements MigrationInterface {
  name = 'TeamExternalId0000000000004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'teams',
      new TableColumn({ name: 'external_id', type: 'varchar', length: '128', isNullable: true }),
    );
    await runner.createIndex(
      'teams',
      new TableIndex({ name: 'uq_teams_tenant_external', columnNames: ['tenant_id', 'external_id'], isUnique: true }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('teams', 'uq_teams_tenant_external');
    await runner.dropColumn('teams', 'external_id');
  }
}
