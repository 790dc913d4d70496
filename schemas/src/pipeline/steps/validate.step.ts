import { formatIssues, SCHEMA_VERSION, validateEvent, type CanonicalEvent } from '../../events';
import { dlq, ok, type StepResult } from '../step-result';

/** Validates against the canonical model; a receiver's tenant (from authentication) replaces any tenant in the body. */
export function validateStep(value: unknown, tenantId?: string): StepResult<CanonicalEvent> {
  let candidate = value;
  if (tenantId !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    candidate = { ...(value as Record<string, unknown>), tenantId };
  }
  const version = (candidate as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    return dlq(
      'validate',
      'unsupported_schema_version',
      `schemaVersion ${version} is not supported; use ${SCHEMA_VERSION}`,
    );
  }
  const result = validateEvent(candidate);
  return result.ok ? ok(result.event) : dlq('validate', 'invalid_event', formatIssues(result.issues), result.issues);
}
