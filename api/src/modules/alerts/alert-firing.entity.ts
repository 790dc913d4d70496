import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlertKind, AlertSeverity } from './alert-kinds';

/** One condition a rule found in the data, stored once per (rule, dedupKey). */
@Entity('alert_firings')
export class AlertFiring {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'rule_id', type: 'varchar', length: 36 })
  ruleId!: string;

  /** The rule's name when it fired (the firing outlives a deleted or renamed rule). */
  @Column({ name: 'rule_name', type: 'varchar', length: 200 })
  ruleName!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: AlertKind;

  @Column({ type: 'varchar', length: 16 })
  severity!: AlertSeverity;

  @Column({ name: 'dedup_key', type: 'varchar', length: 256 })
  dedupKey!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text' })
  detail!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 128, nullable: true })
  accountId!: string | null;

  @Column({ name: 'condition_at', type: Date })
  conditionAt!: Date;

  @Column({ name: 'fired_at', type: Date })
  firedAt!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  link!: string | null;
}
