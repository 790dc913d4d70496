import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonList, nullableDecimal } from './alert-json-column';
import type { AlertKind } from './alert-kinds';

/** A tenant's alert rule: what to watch, in which accounts, and where to send firings. */
@Entity('alert_rules')
export class AlertRule {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: AlertKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ type: 'decimal', precision: 12, scale: 4, nullable: true, transformer: nullableDecimal })
  threshold!: number | null;

  /** External account ids in scope; empty = every account. */
  @Column({ name: 'account_ids', type: 'text', transformer: jsonList })
  accountIds!: string[];

  @Column({ name: 'email_recipients', type: 'text', transformer: jsonList })
  emailRecipients!: string[];

  @Column({ name: 'notify_webhook', type: 'boolean' })
  notifyWebhook!: boolean;

  /** When an evaluation last finished for this rule; null before the first (which looks back 30 days). */
  @Column({ name: 'last_evaluated_at', type: Date, nullable: true })
  lastEvaluatedAt!: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
