import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's attribution window and reporting currency. One row per tenant, once saved. */
@Entity('marketing_settings')
export class MarketingSettings {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'attribution_window_days', type: 'integer' })
  attributionWindowDays!: number;

  /** ISO 4217. */
  @Column({ name: 'reporting_currency', type: 'varchar', length: 3 })
  reportingCurrency!: string;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
