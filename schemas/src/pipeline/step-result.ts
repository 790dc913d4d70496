import type { ValidationIssue } from '../events';

export type StepName = 'parse' | 'validate' | 'enrich';
export type RejectReason = 'malformed_json' | 'invalid_event' | 'unsupported_schema_version' | 'too_large';

export type StepResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'drop'; reason: string }
  | { kind: 'dlq'; step: StepName; reason: RejectReason; detail: string; issues?: ValidationIssue[] };

export const ok = <T>(value: T): StepResult<T> => ({ kind: 'ok', value });
export const drop = (reason: string): StepResult<never> => ({ kind: 'drop', reason });
export const dlq = (
  step: StepName,
  reason: RejectReason,
  detail: string,
  issues?: ValidationIssue[],
): StepResult<never> =>
  issues ? { kind: 'dlq', step, reason, detail, issues } : { kind: 'dlq', step, reason, detail };
