import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tenant } from '../tenants/tenant.entity';

/** A business sender (WhatsApp phone number id, bot, page…) and the tenant its events belong to. */
@Entity('business_accounts')
@Index('uq_business_accounts_channel_external', ['channel', 'externalId'], { unique: true })
export class BusinessAccount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 128 })
  externalId!: string;

  @Column({ name: 'waba_id', type: 'varchar', length: 128, nullable: true })
  wabaId!: string | null;

  @Column({ name: 'display_phone_number', type: 'varchar', length: 64, nullable: true })
  displayPhoneNumber!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 200, nullable: true })
  displayName!: string | null;

  @Column({ type: 'boolean', default: false })
  verified!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
