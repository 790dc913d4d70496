import { Field, InputType } from '@nestjs/graphql';
import { RoleEnum, type Role } from '../../../common/auth/role';
import { LocaleEnum, type Locale } from '../locale';

/** Omitted fields stay as they are; `timeZone: null` falls back to the tenant's zone. */
@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: Locale | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
