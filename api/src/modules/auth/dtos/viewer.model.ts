import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum, type Role } from '../../../common/auth/role';
import { TenantModel } from '../../tenants/dtos/tenant.model';
import { UserModel } from '../../users/dtos/user.model';

/** Who is asking: their tenant and role, and the user behind a session (null for API keys). */
@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => UserModel, { nullable: true, description: 'Null when authenticated with an API key' })
  user!: UserModel | null;

  @Field(() => ID, { nullable: true, description: 'Set when authenticated with an API key' })
  apiKeyId!: string | null;
}
