import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ComplaintGroup', {
  description:
    'Delivered business-initiated messages of one group first seen in the period and how many drew a complaint ' +
    '(the contact complained on the channel within 7 days, or named the message)',
})
export class ComplaintGroupModel {
  @Field(() => String, { description: "Template name, campaign key, account id or category; '' when none" })
  key!: string;

  @Field(() => Int)
  complaints!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Float, { nullable: true, description: 'Complaints per 1,000 delivered' })
  rate!: number | null;
}
