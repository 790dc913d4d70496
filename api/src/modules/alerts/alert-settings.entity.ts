import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a tenant's firings go by webhook. The secret signs each request; the API shows it only when generated. */
@Entity('alert_settings')
export class AlertSettings {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'webhook_url', type: 'varchar', length: 2000, nullable: true })
  webhookUrl!: string | null;

  @Column({ name: 'webhook_secret', type: 'varchar', length: 200, nullable: true })
  webhookSecret!: string | null;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
