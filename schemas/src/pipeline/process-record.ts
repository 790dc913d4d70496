import type { CanonicalEvent } from '../events';
import type { Pseudonymiser } from './pseudonymiser';
import type { StepResult } from './step-result';
import { enrichStep } from './steps/enrich.step';
import { parseStep } from './steps/parse.step';
import { validateStep } from './steps/validate.step';

export interface PipelineContext {
  pseudonymiser: Pseudonymiser;
  /** Set by receivers from authentication; replaces any tenant in the body. */
  tenantId?: string;
}

/** validate → enrich, for a value that is already decoded. */
export function processValue(value: unknown, ctx: PipelineContext): StepResult<CanonicalEvent> {
  const validated = validateStep(value, ctx.tenantId);
  return validated.kind === 'ok' ? enrichStep(validated.value, ctx.pseudonymiser) : validated;
}

/** parse → validate → enrich, for one record's original bytes. */
export function processRecord(
  bytes: Buffer | string | null | undefined,
  ctx: PipelineContext,
): StepResult<CanonicalEvent> {
  const parsed = parseStep(bytes);
  return parsed.kind === 'ok' ? processValue(parsed.value, ctx) : parsed;
}
