import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One product of a tenant's shared catalog (TypeORM migration 0010); removed items keep their row. */
@Entity('catalog_items')
export class CatalogItem {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** The tenant's SKU / retailer id. */
  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 200 })
  itemId!: string;

  /** External id of the business account sharing the catalog (WhatsApp phone number id…); '' when not given. */
  @Column({ name: 'account_id', type: 'varchar', length: 128 })
  accountId!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  /** First imported: no violation of the item can be older, so full re-detections start here at the latest. */
  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  /** Last change of the item's content (title, description, url, account); a violation's occurred_at. */
  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  @Column({ name: 'removed_at', type: Date, nullable: true })
  removedAt!: Date | null;
}
