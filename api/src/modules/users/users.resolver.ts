import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { CreateUserInput } from './dtos/create-user.input';
import { UpdateProfileInput } from './dtos/update-profile.input';
import { UpdateUserInput } from './dtos/update-user.input';
import { UserModel, UserPage } from './dtos/user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserPage)
  @Roles('admin')
  users(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<UserPage> {
    return this.usersService.list(principal, page);
  }

  @Mutation(() => UserModel)
  @Roles('admin')
  createUser(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => CreateUserInput }) input: CreateUserInput,
  ): Promise<UserModel> {
    return this.usersService.create(principal, input);
  }

  @Mutation(() => UserModel)
  @Roles('admin')
  updateUser(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateUserInput }) input: UpdateUserInput,
  ): Promise<UserModel> {
    return this.usersService.update(principal, id, input);
  }

  @Mutation(() => UserModel, { description: 'Any signed-in user (not an API key)' })
  @AllRoles()
  updateMyProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => UpdateProfileInput }) input: UpdateProfileInput,
  ): Promise<UserModel> {
    return this.usersService.updateProfile(principal, input);
  }

  @Mutation(() => Boolean, { description: 'Any signed-in user; ends their other sessions' })
  @AllRoles()
  async changeMyPassword(
    @CurrentPrincipal() principal: Principal,
    @Args('currentPassword', { type: () => String }) currentPassword: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
  ): Promise<boolean> {
    await this.usersService.changePassword(principal, currentPassword, newPassword);
    return true;
  }
}
