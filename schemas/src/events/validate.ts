import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType } from '@sinclair/typebox/errors';
import type { TObject } from '@sinclair/typebox';
import { EVENT_SCHEMAS, EVENT_TYPES, isEventType, type CanonicalEvent, type EventType } from './event-types';
import { SURVEY_SCORE_RANGE } from './types/survey-answered';

/** One reason an event is invalid: a JSON pointer to the field, a rule name and a readable message. */
export interface ValidationIssue {
  path: string;
  rule: string;
  message: string;
}

export type ValidationResult = { ok: true; event: CanonicalEvent } | { ok: false; issues: ValidationIssue[] };

const MAX_ISSUES = 10;

const compiled = new Map<EventType, TypeCheck<TObject>>(
  EVENT_TYPES.map((t) => [t, TypeCompiler.Compile(EVENT_SCHEMAS[t] as TObject)]),
);

const RULES: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.ObjectAdditionalProperties]: 'unknown_field',
  [ValueErrorType.String]: 'type',
  [ValueErrorType.Number]: 'type',
  [ValueErrorType.Integer]: 'type',
  [ValueErrorType.Boolean]: 'type',
  [ValueErrorType.Object]: 'type',
  [ValueErrorType.Literal]: 'enum',
  [ValueErrorType.Union]: 'enum',
  [ValueErrorType.StringMinLength]: 'min_length',
  [ValueErrorType.StringMaxLength]: 'max_length',
  [ValueErrorType.StringFormat]: 'format',
  [ValueErrorType.StringPattern]: 'pattern',
  [ValueErrorType.NumberMinimum]: 'minimum',
  [ValueErrorType.NumberMaximum]: 'maximum',
  [ValueErrorType.IntegerMinimum]: 'minimum',
  [ValueErrorType.IntegerMaximum]: 'maximum',
};

function schemaIssues(check: TypeCheck<TObject>, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of check.Errors(value)) {
    const rule = RULES[error.type] ?? 'invalid';
    // A failed union reports each branch; the first error per path is the useful one.
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    const message =
      rule === 'enum' && 'anyOf' in error.schema
        ? `must be one of ${(error.schema.anyOf as { const?: unknown }[]).map((s) => JSON.stringify(s.const)).join(', ')}`
        : error.message;
    issues.push({ path: error.path || '/', rule, message });
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues;
}

/** Rules a JSON Schema cannot say simply; run after the schema passed. */
function crossFieldIssues(event: CanonicalEvent): ValidationIssue[] {
  switch (event.type) {
    case 'survey.answered': {
      const [min, max] = SURVEY_SCORE_RANGE[event.payload.survey];
      const { score } = event.payload;
      return score < min || score > max
        ? [{ path: '/payload/score', rule: 'range', message: `${event.payload.survey} score must be ${min}–${max}` }]
        : [];
    }
    case 'message.sent':
      return event.payload.isTemplate && !event.payload.templateName
        ? [{ path: '/payload/templateName', rule: 'required', message: 'template messages need templateName' }]
        : [];
    case 'template.updated': {
      const p = event.payload;
      return p.status || p.quality || p.category
        ? []
        : [{ path: '/payload', rule: 'required', message: 'needs at least one of status, quality, category' }];
    }
    case 'message.status':
      return event.messageId
        ? []
        : [{ path: '/messageId', rule: 'required', message: 'status events need the messageId they are about' }];
    default:
      return [];
  }
}

function hasUndefined(o: Record<string, unknown>): boolean {
  for (const k in o) if (o[k] === undefined) return true;
  return false;
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** In-process producers may leave optional keys as `undefined`; JSON never carries them, so neither do we. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  const payload = value.payload;
  const payloadNeeds =
    typeof payload === 'object' &&
    payload !== null &&
    !Array.isArray(payload) &&
    hasUndefined(payload as Record<string, unknown>);
  if (!payloadNeeds && !hasUndefined(value)) return value;
  const out = withoutUndefined(value);
  if (payloadNeeds) out.payload = withoutUndefined(payload as Record<string, unknown>);
  return out;
}

/** Validates one decoded value against the canonical event model v1. */
export function validateEvent(input: unknown): ValidationResult {
  const value =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? compact(input as Record<string, unknown>)
      : input;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '/', rule: 'type', message: 'an event must be a JSON object' }] };
  }
  const type = (value as { type?: unknown }).type;
  if (!isEventType(type)) {
    return {
      ok: false,
      issues: [
        {
          path: '/type',
          rule: type === undefined ? 'required' : 'enum',
          message: `must be one of ${EVENT_TYPES.join(', ')}`,
        },
      ],
    };
  }
  const check = compiled.get(type)!;
  if (!check.Check(value)) return { ok: false, issues: schemaIssues(check, value) };
  const event = value as CanonicalEvent;
  const issues = crossFieldIssues(event);
  return issues.length ? { ok: false, issues } : { ok: true, event };
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.rule}: ${i.message}`).join('; ');
}
