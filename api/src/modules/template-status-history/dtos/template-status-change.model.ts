import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../graphql/pagination';

@ObjectType('TemplateStatusChange', {
  description:
    'One template.updated event with the state before it: the previous values are the latest any earlier event of the same template, language and account reported',
})
export class TemplateStatusChangeModel {
  @Field(() => ID, { description: 'The template.updated event id' })
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  templateName!: string;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'MARKETING, UTILITY, AUTHENTICATION (as reported)' })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'APPROVED, PENDING, REJECTED, FLAGGED, PAUSED, DISABLED, REINSTATED… after this event: its own, else carried from earlier events',
  })
  status!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GREEN, YELLOW, RED or UNKNOWN after this event: its own, else carried from earlier events',
  })
  quality!: string | null;

  @Field(() => String, { nullable: true, description: 'The status before this event; null when none was reported' })
  previousStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'The quality before this event; null when none was reported' })
  previousQuality!: string | null;

  @Field(() => String, { nullable: true, description: 'PROMOTIONAL, INCORRECT_CATEGORY, ABUSIVE_CONTENT, SCAM, …' })
  reason!: string | null;

  @Field(() => String, { description: "The account's id as events carry it (phone number id or WABA)" })
  accountId!: string;
}

@ObjectType('TemplateStatusChangePage')
export class TemplateStatusChangePage extends Paginated(TemplateStatusChangeModel) {}
