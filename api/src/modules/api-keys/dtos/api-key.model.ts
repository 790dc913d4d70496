import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../graphql/pagination';
import { ApiKeyRoleEnum, type ApiKeyRole } from '../api-key-role';

/** An API key as the API shows it: name, visible prefix and role — never the key or its hash. */
@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'First characters of the key, for recognising it' })
  prefix!: string;

  @Field(() => ApiKeyRoleEnum)
  role!: ApiKeyRole;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class ApiKeyPage extends Paginated(ApiKeyModel) {}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKeyModel)
  apiKey!: ApiKeyModel;

  @Field(() => String, { description: 'Shown once, never again' })
  secret!: string;
}
