import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A named violations-list filter (opaque JSON: the page's URL state), private to its owner or shared in the tenant. */
@Entity('compliance_saved_views')
export class ComplianceSavedView {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'owner_kind', type: 'varchar', length: 16 })
  ownerKind!: 'user' | 'api_key';

  /** User id or API key id. */
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId!: string;

  @Column({ name: 'owner_label', type: 'varchar', length: 320 })
  ownerLabel!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** JSON object text. */
  @Column({ type: 'text' })
  filter!: string;

  @Column({ type: 'boolean' })
  shared!: boolean;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
