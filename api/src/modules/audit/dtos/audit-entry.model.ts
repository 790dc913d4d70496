import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../graphql/scalars/json.scalar';
import { Paginated } from '../../../graphql/pagination';

export const AuditActorKindEnum = { USER: 'user', API_KEY: 'api_key', SYSTEM: 'system' } as const;
registerEnumType(AuditActorKindEnum, { name: 'AuditActorKind' });

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => AuditActorKindEnum)
  actorKind!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { description: 'E-mail, key name or "system"' })
  actorLabel!: string;

  @Field(() => String, { description: 'e.g. "campaign.update"' })
  action!: string;

  @Field(() => String, { description: 'e.g. "campaign"' })
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => JSONScalar, { nullable: true })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Secrets and password hashes never appear here' })
  after!: unknown;
}

@ObjectType()
export class AuditEntryPage extends Paginated(AuditEntryModel) {}
