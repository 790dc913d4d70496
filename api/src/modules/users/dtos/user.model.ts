import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum, type Role } from '../../../common/auth/role';
import { Paginated } from '../../../graphql/pagination';
import { LocaleEnum, type Locale } from '../locale';

/** A user as the API shows it: never the password hash. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => LocaleEnum)
  locale!: Locale;

  @Field(() => String, { nullable: true, description: "IANA zone; null = the tenant's" })
  timeZone!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;
}

@ObjectType()
export class UserPage extends Paginated(UserModel) {}
