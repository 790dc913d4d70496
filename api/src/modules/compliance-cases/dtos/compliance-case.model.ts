import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuditEntryModel } from '../../audit/dtos/audit-entry.model';
import { ViolationModel } from '../../compliance/dtos/violation.model';

@ObjectType('CaseSkip', { description: 'A case a bulk action left unchanged, and why' })
export class CaseSkipModel {
  @Field(() => ID)
  violationId!: string;

  @Field(() => String, { description: 'NOT_FOUND, INVALID_TRANSITION or UNCHANGED' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('ComplianceCaseUpdate')
export class ComplianceCaseUpdateModel {
  @Field(() => Int, { description: 'Cases changed' })
  updated!: number;

  @Field(() => [CaseSkipModel])
  skipped!: CaseSkipModel[];

  @Field(() => [String], { description: 'Terms newly added as content-rule exceptions (addException)' })
  exceptionsAdded!: string[];
}

@ObjectType('CaseUser', { description: 'A user who may own compliance cases' })
export class CaseUserModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;
}

@ObjectType('CaseComment', { description: 'A comment on a case; comments are never edited or deleted' })
export class CaseCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'E-mail of the user or name of the API key that wrote it' })
  author!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ComplianceCase', { description: 'A violation with its case workflow' })
export class ComplianceCaseModel {
  @Field(() => ViolationModel)
  violation!: ViolationModel;

  @Field(() => CaseUserModel, { nullable: true })
  assignee!: CaseUserModel | null;

  @Field(() => [CaseCommentModel], { description: 'Oldest first' })
  comments!: CaseCommentModel[];

  @Field(() => [AuditEntryModel], { description: 'Every change of the case from the audit log, oldest first' })
  history!: AuditEntryModel[];
}
