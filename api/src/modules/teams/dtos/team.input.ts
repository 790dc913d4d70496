import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { optionalText, requiredText } from '../../../common/validation/text';

@InputType()
export class TeamInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The team_id events carry; blank means none' })
  externalId?: string | null;
}

export const teamInputSchema = z.object({ name: requiredText(200), externalId: optionalText(128) });
