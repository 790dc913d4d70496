import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far detection has got for a tenant; absent until its first run. */
@Entity('compliance_detection_state')
export class ComplianceDetectionState {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  /** When the last successful run started (its range ended there). */
  @Column({ name: 'last_run_at', type: Date, nullable: true })
  lastRunAt!: Date | null;

  /** The warehouse's latest ingested_at the last successful run had seen. */
  @Column({ name: 'last_ingested_at', type: Date, nullable: true })
  lastIngestedAt!: Date | null;

  /** Set when the rules changed: the next run re-detects the whole history. */
  @Column({ name: 'full_run_requested_at', type: Date, nullable: true })
  fullRunRequestedAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_error_at', type: Date, nullable: true })
  lastErrorAt!: Date | null;
}
