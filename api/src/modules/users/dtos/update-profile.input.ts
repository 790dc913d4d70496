import { Field, InputType } from '@nestjs/graphql';
import { LocaleEnum, type Locale } from '../locale';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: Locale | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;
}
