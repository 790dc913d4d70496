import { registerEnumType } from '@nestjs/graphql';

/** The roles a person (or an API key used on GraphQL) can hold; see DESIGN.md "API". */
export const ROLES = ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** GraphQL enum `Role`: upper-case names on the wire, the lowercase values above inside the app. */
export const RoleEnum = {
  ADMIN: 'admin',
  MANAGER: 'manager',
  COMPLIANCE: 'compliance',
  MARKETER: 'marketer',
  VIEWER: 'viewer',
} as const satisfies Record<string, Role>;

registerEnumType(RoleEnum, { name: 'Role' });
