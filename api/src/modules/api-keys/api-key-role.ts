import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from '../../common/auth/role';

/**
 * Roles an API key can carry: any person's role (for GraphQL clients), or `ingest`, which may only write
 * events to POST /v1/events and is refused on GraphQL.
 */
export const API_KEY_ROLES = [...ROLES, 'ingest'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const ApiKeyRoleEnum = {
  ADMIN: 'admin',
  MANAGER: 'manager',
  COMPLIANCE: 'compliance',
  MARKETER: 'marketer',
  VIEWER: 'viewer',
  INGEST: 'ingest',
} as const satisfies Record<string, ApiKeyRole>;
registerEnumType(ApiKeyRoleEnum, { name: 'ApiKeyRole' });
