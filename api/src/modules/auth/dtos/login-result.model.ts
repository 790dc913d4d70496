import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/dtos/user.model';

@ObjectType('LoginResult')
export class LoginResultModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => String, {
    description: 'Bearer token for API clients (the web uses the HttpOnly cookie set by the same call)',
  })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
