import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AuditActorKind = 'user' | 'api_key' | 'system';

/** JSON kept as text so SQLite and PostgreSQL store it the same way. */
const jsonText = {
  to: (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : (JSON.parse(value) as Record<string, unknown>)),
};

/** One settings change: who, what, when, before and after (without secrets or hashes). Never updated. */
@Entity('audit_entries')
@Index('ix_audit_entries_tenant_at', ['tenantId', 'at', 'id'])
export class AuditEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ type: Date })
  at!: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind!: AuditActorKind;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 320 })
  actorLabel!: string;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 128, nullable: true })
  entityId!: string | null;

  @Column({ type: 'text', nullable: true, transformer: jsonText })
  before!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true, transformer: jsonText })
  after!: Record<string, unknown> | null;
}
