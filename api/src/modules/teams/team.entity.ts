import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A group of agents (support, sales…); names, and external ids when set, are unique within a tenant. */
@Entity('teams')
@Index('uq_teams_tenant_name', ['tenantId', 'name'], { unique: true })
@Index('uq_teams_tenant_external', ['tenantId', 'externalId'], { unique: true })
export class Team {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** The team_id events carry; teams created before it existed may have none. */
  @Column({ name: 'external_id', type: 'varchar', length: 128, nullable: true })
  externalId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
