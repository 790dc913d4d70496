import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reader (a user, or an API key) has seen a firing. */
@Entity('alert_reads')
export class AlertRead {
  @PrimaryColumn({ name: 'firing_id', type: 'varchar', length: 36 })
  firingId!: string;

  /** `user:<id>` or `key:<id>`. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  reader!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'read_at', type: Date })
  readAt!: Date;
}
