import { Field, ID, InputType } from '@nestjs/graphql';
import { ViolationFilterInput } from '../../compliance/dtos/violation-filter.input';
import type { CaseAction } from '../case-transitions';
import { CaseActionEnum } from './case-action.enum';

/** One case action on the listed violations or on every violation matching a filter (exactly one of the two). */
@InputType('UpdateComplianceCasesInput')
export class UpdateComplianceCasesInput {
  @Field(() => [ID], { nullable: true, description: 'Violation.id values, at most 5,000' })
  violationIds?: string[] | null;

  @Field(() => ViolationFilterInput, {
    nullable: true,
    description: 'All matching violations; more than 5,000 is refused with TOO_MANY_ROWS',
  })
  filter?: ViolationFilterInput | null;

  @Field(() => CaseActionEnum)
  action!: CaseAction;

  @Field(() => ID, { nullable: true, description: 'ASSIGN only: an active admin or compliance user of the tenant' })
  assigneeUserId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'At most 4,000 characters, stored as a comment on every changed case; required for ' +
      'MARK_FALSE_POSITIVE (the reason) and REOPEN',
  })
  comment?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'MARK_FALSE_POSITIVE only: the matched phrase of each PROHIBITED_CONTENT / TEMPLATE_MISUSE case becomes an ' +
      "exception of its category in the tenant's content rules (one settings revision, which re-detects history)",
  })
  addException?: boolean | null;
}
