import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A group of agents (support, sales…); names are unique within a tenant. */
@Entity('teams')
@Index('uq_teams_tenant_name', ['tenantId', 'name'], { unique: true })
export class Team {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
