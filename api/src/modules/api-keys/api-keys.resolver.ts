import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyModel, ApiKeyPage, CreatedApiKey } from './dtos/api-key.model';
import { CreateApiKeyInput } from './dtos/create-api-key.input';

@Resolver(() => ApiKeyModel)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => ApiKeyPage)
  @Roles('admin')
  apiKeys(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<ApiKeyPage> {
    return this.keys.list(principal, page);
  }

  @Mutation(() => CreatedApiKey, { description: 'The secret is shown once, never again' })
  @Roles('admin')
  createApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => CreateApiKeyInput }) input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return this.keys.create(principal, input);
  }

  @Mutation(() => ApiKeyModel)
  @Roles('admin')
  revokeApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiKeyModel> {
    return this.keys.revoke(principal, id);
  }
}
