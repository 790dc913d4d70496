import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AuthService } from '../../modules/auth/auth.service';
import { GraphqlAuthGuard } from './graphql-auth.guard';
import type { Principal } from './principal';
import { AllRoles, Public, Roles } from './roles.decorator';

@Resolver()
class ExampleResolver {
  undeclared(): void {}

  @Public()
  open(): void {}

  @AllRoles()
  anyone(): void {}

  @Roles('admin', 'compliance')
  restricted(): void {}
}

const viewer: Principal = { tenantId: 't1', role: 'viewer', kind: 'user', userId: 'u1', label: 'v@x.test' };

function graphqlContext(handler: keyof ExampleResolver, headers: Record<string, string> = {}) {
  const context = { req: { headers } as Request, res: {}, principal: undefined as Principal | undefined };
  const execution = {
    getType: () => 'graphql',
    getHandler: () => ExampleResolver.prototype[handler],
    getClass: () => ExampleResolver,
    getArgs: () => [{}, {}, context, {}],
    getArgByIndex: (i: number) => [{}, {}, context, {}][i],
  } as unknown as ExecutionContext;
  return { execution, context };
}

describe('GraphqlAuthGuard', () => {
  const authenticate = jest.fn<Promise<Principal>, [string]>();
  const guard = new GraphqlAuthGuard(new Reflector(), { authenticate } as unknown as AuthService);

  beforeEach(() => authenticate.mockReset().mockResolvedValue(viewer));

  it('denies a resolver method that declares no access rule, even for a signed-in caller', async () => {
    const { execution } = graphqlContext('undeclared', { authorization: 'Bearer cms_x' });
    await expect(guard.canActivate(execution)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets anyone through @Public without looking at credentials', async () => {
    await expect(guard.canActivate(graphqlContext('open').execution)).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('requires credentials for @AllRoles and puts the principal on the context', async () => {
    await expect(guard.canActivate(graphqlContext('anyone').execution)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const { execution, context } = graphqlContext('anyone', { cookie: 'other=1; checkmark_session=cms_abc' });
    await expect(guard.canActivate(execution)).resolves.toBe(true);
    expect(authenticate).toHaveBeenCalledWith('cms_abc');
    expect(context.principal).toEqual(viewer);
  });

  it('prefers the bearer token over the cookie', async () => {
    const { execution } = graphqlContext('anyone', {
      authorization: 'Bearer ck_key',
      cookie: 'checkmark_session=cms_abc',
    });
    await guard.canActivate(execution);
    expect(authenticate).toHaveBeenCalledWith('ck_key');
  });

  it('refuses a role @Roles does not name with FORBIDDEN', async () => {
    await expect(
      guard.canActivate(graphqlContext('restricted', { authorization: 'Bearer t' }).execution),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    authenticate.mockResolvedValue({ ...viewer, role: 'compliance' });
    await expect(
      guard.canActivate(graphqlContext('restricted', { authorization: 'Bearer t' }).execution),
    ).resolves.toBe(true);
  });

  it('leaves REST routes to their own guards', async () => {
    const execution = { getType: () => 'http' } as unknown as ExecutionContext;
    await expect(guard.canActivate(execution)).resolves.toBe(true);
  });
});
