import { Field, InputType } from '@nestjs/graphql';
import { RoleEnum, type Role } from '../../../common/auth/role';
import { LocaleEnum, type Locale } from '../locale';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String)
  password!: string;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: 'en' })
  locale?: Locale | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;
}
