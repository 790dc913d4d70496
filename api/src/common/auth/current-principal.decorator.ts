import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from './auth.exception';
import type { GraphqlContext } from '../../graphql/graphql-context';
import type { Principal } from './principal';

/** The authenticated principal of a GraphQL request (set by the global guard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(context).getContext<GraphqlContext>().principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
});
