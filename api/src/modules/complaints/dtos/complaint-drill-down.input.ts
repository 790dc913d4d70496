import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { ComplaintKind } from './complaints.enums';

@InputType('ComplaintDrillDown', {
  description: 'Narrows the complaints of the filter to one day, kind and/or reason (each absent = not narrowed)',
})
export class ComplaintDrillDownInput {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'One day of the period (tenant time zone): ComplaintDay.date',
  })
  date?: string | null;

  @Field(() => ComplaintKind, { nullable: true, description: 'One kind: ComplaintKindCount.kind' })
  kind?: ComplaintKind | null;

  @Field(() => String, {
    nullable: true,
    description: "One reason exactly as given (ComplaintReasonCount.reason); '' = complaints without a reason",
  })
  reason?: string | null;
}
