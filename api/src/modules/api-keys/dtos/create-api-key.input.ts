import { Field, InputType } from '@nestjs/graphql';
import { ApiKeyRoleEnum, type ApiKeyRole } from '../api-key-role';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  name!: string;

  @Field(() => ApiKeyRoleEnum)
  role!: ApiKeyRole;
}
