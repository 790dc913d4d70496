/**
 * Roles an API key can carry. `admin` may do everything; `ingest` may only write events (for senders that
 * should not read analytics).
 */
export const API_KEY_ROLES = ['admin', 'ingest'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];
