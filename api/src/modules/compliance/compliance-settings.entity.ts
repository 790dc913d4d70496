import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's compliance rule settings; one row per tenant, once saved (defaults until then). */
@Entity('compliance_settings')
export class ComplianceSettingsRow {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'frequency_cap_enabled', type: 'boolean' })
  frequencyCapEnabled!: boolean;

  @Column({ name: 'frequency_cap_count', type: 'integer' })
  frequencyCapCount!: number;

  @Column({ name: 'frequency_cap_window_hours', type: 'integer' })
  frequencyCapWindowHours!: number;

  @Column({ name: 'quiet_hours_enabled', type: 'boolean' })
  quietHoursEnabled!: boolean;

  @Column({ name: 'quiet_hours_start_minute', type: 'integer' })
  quietHoursStartMinute!: number;

  @Column({ name: 'quiet_hours_end_minute', type: 'integer' })
  quietHoursEndMinute!: number;

  /** Validated JSON text of the content rule overrides; null = none. */
  @Column({ name: 'content_rule_overrides', type: 'text', nullable: true })
  contentRuleOverrides!: string | null;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 200, nullable: true })
  updatedBy!: string | null;
}
