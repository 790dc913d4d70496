import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SlaKind, TimeBasis } from './sla-settings-value';

/** One SLA target of a tenant; the kind is part of the key, so there is at most one per kind. */
@Entity('sla_targets')
export class SlaTarget {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** FIRST_RESPONSE | NEXT_REPLY | RESOLUTION. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: SlaKind;

  @Column({ type: 'integer' })
  minutes!: number;

  /** CALENDAR | BUSINESS. */
  @Column({ type: 'varchar', length: 16 })
  basis!: TimeBasis;
}
