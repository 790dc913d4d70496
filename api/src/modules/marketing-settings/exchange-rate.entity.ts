import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimal } from './decimal-column';

/** Units of the tenant's reporting currency for one unit of `currency`. */
@Entity('marketing_exchange_rates')
export class ExchangeRate {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** ISO 4217. */
  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ type: 'decimal', precision: 20, scale: 10, transformer: decimal })
  rate!: number;
}
