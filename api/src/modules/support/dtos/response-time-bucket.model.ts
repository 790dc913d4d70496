import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ResponseTimeBucket', { description: 'How many durations fell in [fromMs, toMs)' })
export class ResponseTimeBucketModel {
  @Field(() => String, { description: 'e.g. "<1 min", "1–5 min", ">24 h"' })
  label!: string;

  @Field(() => Float)
  fromMs!: number;

  @Field(() => Float, { nullable: true, description: 'null for the open last bucket' })
  toMs!: number | null;

  @Field(() => Int)
  count!: number;
}
