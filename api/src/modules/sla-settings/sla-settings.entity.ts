import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When the tenant last saved its SLA targets. One row per tenant, once saved (the targets may be empty). */
@Entity('sla_settings')
export class SlaSettings {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
