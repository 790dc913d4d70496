import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { optionalText, requiredText } from '../../../common/validation/text';

@InputType()
export class AgentInput {
  @Field(() => String, { description: 'The agent_id events carry' })
  externalId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean | null;
}

export const agentInputSchema = z.object({
  externalId: requiredText(128),
  name: requiredText(200),
  email: optionalText(320).refine(
    (email) => email === null || z.string().email().safeParse(email).success,
    'must be an e-mail address',
  ),
  teamId: optionalText(36),
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});
