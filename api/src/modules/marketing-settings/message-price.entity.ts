import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimal } from './decimal-column';

/** The price of one billable message on a channel in a pricing category, in the reporting currency. */
@Entity('marketing_message_prices')
export class MessagePrice {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** Canonical lowercase channel. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  channel!: string;

  /** marketing | utility | authentication | service | any. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  category!: string;

  @Column({ type: 'decimal', precision: 18, scale: 6, transformer: decimal })
  price!: number;
}
