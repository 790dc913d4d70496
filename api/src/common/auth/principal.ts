import type { Role } from './role';

/** Who a GraphQL request acts as. Services take the tenant from here, never from arguments. */
export interface Principal {
  tenantId: string;
  role: Role;
  kind: 'user' | 'api_key';
  userId?: string;
  apiKeyId?: string;
  /** E-mail or key name, for the audit log. */
  label: string;
  /** The session the request came with (user principals authenticated by session), so logout can end it. */
  sessionId?: string;
}
