import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TierEraChoice } from './monitoring-settings-value';

/** A tenant's tier-era choice and complaint spike threshold. One row per tenant, once saved. */
@Entity('monitoring_settings')
export class MonitoringSettings {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** AUTO | LEGACY | ERA_2023 | PORTFOLIO_2025. */
  @Column({ name: 'tier_era', type: 'varchar', length: 16 })
  tierEra!: TierEraChoice;

  /** Per 1,000; null = trailing mean + 3σ. */
  @Column({ name: 'complaint_spike_threshold', type: 'double precision', nullable: true })
  complaintSpikeThreshold!: number | null;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
