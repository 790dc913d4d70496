import type { ViolationKind, ViolationSeverity } from '@checkmark/schemas/compliance';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Case states; the workflow that moves them is not built yet, so every violation is 'open' today. */
export const CASE_STATES = ['open', 'acknowledged', 'resolved', 'false_positive'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Evidence kept as JSON text (both engines). */
const jsonObject = {
  to: (value: Record<string, unknown>) => JSON.stringify(value),
  from: (value: string) => JSON.parse(value) as Record<string, unknown>,
};

/**
 * One violation detection found, stored once per (tenant, key). Never deleted: a re-run that no longer finds it
 * sets `retractedAt`, one that finds it again clears it.
 */
@Entity('compliance_violations')
export class ComplianceViolation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ type: 'varchar', length: 400 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ViolationKind;

  @Column({ type: 'varchar', length: 16 })
  severity!: ViolationSeverity;

  @Column({ name: 'rule_version', type: 'varchar', length: 200 })
  ruleVersion!: string;

  @Column({ name: 'occurred_at', type: Date })
  occurredAt!: Date;

  @Column({ name: 'detected_at', type: Date })
  detectedAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  channel!: string;

  /** The events' account id (BusinessAccount.externalId). */
  @Column({ name: 'account_id', type: 'varchar', length: 128 })
  accountId!: string;

  /** Pseudonymous contact id; '' for account/template events. */
  @Column({ name: 'contact_id', type: 'varchar', length: 256 })
  contactId!: string;

  @Column({ name: 'message_id', type: 'varchar', length: 256, nullable: true })
  messageId!: string | null;

  @Column({ name: 'event_id', type: 'varchar', length: 128, nullable: true })
  eventId!: string | null;

  /** The events' campaign id (Campaign.key). */
  @Column({ name: 'campaign_id', type: 'varchar', length: 128, nullable: true })
  campaignId!: string | null;

  @Column({ name: 'template_name', type: 'varchar', length: 512, nullable: true })
  templateName!: string | null;

  @Column({ type: 'text', transformer: jsonObject })
  evidence!: Record<string, unknown>;

  @Column({ name: 'retracted_at', type: Date, nullable: true })
  retractedAt!: Date | null;

  @Column({ name: 'case_state', type: 'varchar', length: 24 })
  caseState!: CaseState;

  @Column({ name: 'assignee_user_id', type: 'varchar', length: 36, nullable: true })
  assigneeUserId!: string | null;

  @Column({ name: 'case_updated_at', type: Date, nullable: true })
  caseUpdatedAt!: Date | null;
}
