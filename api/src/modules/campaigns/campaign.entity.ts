import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CampaignSourceKind } from './campaign-source-kind';

/** A marketing campaign; `key` is the campaign_id events carry. Codes and spend live in child tables. */
@Entity('campaigns')
@Index('uq_campaigns_tenant_key', ['tenantId', 'key'], { unique: true })
export class Campaign {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Null when the campaign runs on several channels. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  channel!: string | null;

  @Column({ name: 'account_id', type: 'varchar', length: 36, nullable: true })
  accountId!: string | null;

  @Column({ name: 'source_kind', type: 'varchar', length: 32 })
  sourceKind!: CampaignSourceKind;

  @Column({ name: 'template_name', type: 'varchar', length: 512, nullable: true })
  templateName!: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
