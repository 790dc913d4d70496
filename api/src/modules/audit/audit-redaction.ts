/** Keys whose values never reach the audit log, whatever a caller passes in before/after. */
const SECRET_KEY = /pass(word)?|hash|secret|token|salt|api_?key$/i;

/** A deep copy of `value` without secret-looking keys; a safety net behind callers that already omit them. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, v]) => [key, redactSecrets(v)]),
    );
  }
  return value;
}
