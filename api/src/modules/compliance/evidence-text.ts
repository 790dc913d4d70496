import type { Role } from '../../common/auth/role';

/** Roles that read message text: evidence snippets and the phrase matched in a message. */
export const MESSAGE_TEXT_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'compliance']);

const TEXT_KEYS = ['snippet', 'matchedPhrase'] as const;

/** A violation's evidence as `role` may read it: message text (snippet, matched phrase) null for other roles. */
export function evidenceFor(evidence: Record<string, unknown>, role: Role): Record<string, unknown> {
  if (MESSAGE_TEXT_ROLES.has(role)) return evidence;
  const hidden = TEXT_KEYS.filter((key) => key in evidence);
  return hidden.length ? { ...evidence, ...Object.fromEntries(hidden.map((key) => [key, null])) } : evidence;
}
