import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Tenant } from '../tenants/tenant.entity';

/**
 * A tenant's webhook credentials for one channel. The app secret is kept as is because the signature check
 * needs it; for the default tenant the WHATSAPP_* environment values take precedence.
 */
@Entity('webhook_configs')
@Index('uq_webhook_configs_tenant_channel', ['tenantId', 'channel'], { unique: true })
export class WebhookConfig {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ name: 'app_secret', type: 'varchar', length: 256, nullable: true })
  appSecret!: string | null;

  @Column({ name: 'verify_token', type: 'varchar', length: 256, nullable: true })
  verifyToken!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
