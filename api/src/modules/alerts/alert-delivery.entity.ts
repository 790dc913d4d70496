import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonList } from './alert-json-column';
import type { AlertDeliveryChannel, AlertDeliveryStatus } from './alert-kinds';

/** One way a firing is sent (the outbox row the delivery worker drains). */
@Entity('alert_deliveries')
export class AlertDelivery {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'firing_id', type: 'varchar', length: 36 })
  firingId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: AlertDeliveryChannel;

  /** E-mail addresses for EMAIL; empty for WEBHOOK (the tenant's current webhook is used). */
  @Column({ type: 'text', transformer: jsonList })
  recipients!: string[];

  @Column({ type: 'varchar', length: 16 })
  status!: AlertDeliveryStatus;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_attempt_at', type: Date })
  nextAttemptAt!: Date;

  /** A worker holds the row until then; another worker (replica) skips it meanwhile. */
  @Column({ name: 'claimed_until', type: Date, nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'delivered_at', type: Date, nullable: true })
  deliveredAt!: Date | null;
}
