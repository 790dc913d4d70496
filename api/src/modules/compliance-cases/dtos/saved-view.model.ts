import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../graphql/scalars/json.scalar';

@ObjectType('ComplianceSavedView', { description: 'A named violations-list filter' })
export class ComplianceSavedViewModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => JSONScalar, { description: 'Opaque to the server: the page stores its URL state here' })
  filter!: Record<string, unknown>;

  @Field(() => Boolean, { description: 'Visible to everyone of the tenant who reads violations' })
  shared!: boolean;

  @Field(() => String, { description: 'E-mail or key name of the owner' })
  owner!: string;

  @Field(() => Boolean, { description: 'The caller owns it' })
  mine!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType('SaveComplianceViewInput')
export class SaveComplianceViewInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create; give to change a view you own (admins: any)' })
  id?: string | null;

  @Field(() => String, { description: '1–100 characters' })
  name!: string;

  @Field(() => JSONScalar, { description: 'A JSON object of at most 8 KB' })
  filter!: unknown;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Omitted: private for a new view, unchanged for an existing one',
  })
  shared?: boolean | null;
}
