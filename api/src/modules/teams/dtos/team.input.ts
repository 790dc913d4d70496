import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { requiredText } from '../../../common/validation/text';

@InputType()
export class TeamInput {
  @Field(() => String)
  name!: string;
}

export const teamInputSchema = z.object({ name: requiredText(200) });
