import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who wrote a comment: a signed-in user or an API key. */
export type CaseCommentAuthorKind = 'user' | 'api_key';

/** A comment on a compliance case (the violation row). Append-only: the database rejects UPDATE and DELETE. */
@Entity('compliance_case_comments')
export class ComplianceCaseComment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId!: string;

  @Column({ name: 'violation_id', type: 'varchar', length: 36 })
  violationId!: string;

  @Column({ name: 'author_kind', type: 'varchar', length: 16 })
  authorKind!: CaseCommentAuthorKind;

  @Column({ name: 'author_id', type: 'varchar', length: 36, nullable: true })
  authorId!: string | null;

  /** E-mail or key name at the time of writing. */
  @Column({ name: 'author_label', type: 'varchar', length: 320 })
  authorLabel!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
