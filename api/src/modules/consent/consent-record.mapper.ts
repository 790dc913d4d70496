import { createHash } from 'node:crypto';
import { CHANNELS, CONSENT_ACTIONS, CONSENT_METHODS, CONSENT_PURPOSES, SCHEMA_VERSION } from '@checkmark/schemas';
import type { ConsentImportIssue, ConsentRecordValues } from './consent-import.parser';

/** The account a record names when it names none: consent is per channel, the account only says where it came from. */
export const IMPORT_ACCOUNT_ID = 'import';

/** The method of a record that names none. */
export const DEFAULT_IMPORT_METHOD = 'import';

/** What the stored events' `source` says for imported records. */
export const CONSENT_IMPORT_SOURCE = 'consent_import';

const OCCURRED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

/** The consent.updated value of a record, before the ingestion pipeline validates and pseudonymises it. */
export interface ConsentEventValue {
  id: string;
  type: 'consent.updated';
  occurredAt: string;
  channel: string;
  accountId: string;
  contactId: string;
  source: string;
  schemaVersion: typeof SCHEMA_VERSION;
  payload: {
    action: string;
    purpose: string;
    method: string;
    evidence?: Record<string, string>;
  };
}

/** Where a pipeline validation issue's path points in a record. */
const FIELD_OF_PATH: Record<string, string> = {
  '/contactId': 'contact',
  '/channel': 'channel',
  '/accountId': 'accountId',
  '/occurredAt': 'occurredAt',
  '/payload/action': 'action',
  '/payload/purpose': 'purpose',
  '/payload/method': 'method',
  '/payload/evidence/text': 'evidenceText',
  '/payload/evidence/url': 'evidenceUrl',
  '/payload/evidence/formId': 'formId',
  '/payload/evidence/capturedBy': 'capturedBy',
  '/payload/evidence/proofRef': 'proofRef',
};

export function fieldOfPath(path: string): string {
  return FIELD_OF_PATH[path] ?? '';
}

const normalised = (value: string | undefined) => value?.trim().toLowerCase().replace(/-/g, '_');

/**
 * A record's consent.updated value, or its problems. Enumerations are matched case-insensitively ("Opt-In" is
 * opt_in); the contact is pseudonymised by `pseudonym` (as ingestion does) before the id is derived, so the id
 * says nothing about the person and re-importing the same record yields the same id (stored once).
 */
export function toConsentEventValue(
  values: ConsentRecordValues,
  row: number,
  pseudonym: (rawContact: string) => string,
): { value: ConsentEventValue; issues: [] } | { value: null; issues: ConsentImportIssue[] } {
  const issues: ConsentImportIssue[] = [];
  const problem = (field: string, code: string, message: string) => issues.push({ row, field, code, message });
  const required = (field: keyof ConsentRecordValues) => {
    const value = values[field]?.trim();
    if (!value) problem(field, 'REQUIRED', 'is required');
    return value ?? '';
  };
  const oneOf = (field: keyof ConsentRecordValues, allowed: readonly string[], fallback?: string) => {
    const given = normalised(values[field]);
    if (!given) {
      if (fallback !== undefined) return fallback;
      problem(field, 'REQUIRED', 'is required');
      return '';
    }
    if (!allowed.includes(given)) problem(field, 'INVALID_VALUE', `must be one of ${allowed.join(', ')}`);
    return given;
  };

  const contact = required('contact');
  const channel = oneOf('channel', CHANNELS);
  const purpose = oneOf('purpose', CONSENT_PURPOSES);
  const action = oneOf('action', CONSENT_ACTIONS);
  const method = oneOf('method', CONSENT_METHODS, DEFAULT_IMPORT_METHOD);
  const occurredAt = required('occurredAt');
  const occurredMs = Date.parse(occurredAt);
  if (occurredAt && (!OCCURRED_AT.test(occurredAt) || Number.isNaN(occurredMs))) {
    problem('occurredAt', 'INVALID_DATE', 'must be an RFC 3339 date-time with a time zone, e.g. 2025-03-10T09:30:00Z');
  }
  if (issues.length) return { value: null, issues };

  const contactId = pseudonym(contact);
  const evidence = Object.fromEntries(
    (
      [
        ['text', values.evidenceText],
        ['url', values.evidenceUrl],
        ['formId', values.formId],
        ['capturedBy', values.capturedBy],
        ['proofRef', values.proofRef],
      ] as const
    ).flatMap(([key, value]) => (value?.trim() ? [[key, value.trim()]] : [])),
  );
  const id = `consent:import:${createHash('sha256')
    .update([contactId, channel, purpose, action, String(occurredMs), method].join('\u0000'))
    .digest('base64url')
    .slice(0, 40)}`;
  return {
    value: {
      id,
      type: 'consent.updated',
      occurredAt,
      channel,
      accountId: values.accountId?.trim() || IMPORT_ACCOUNT_ID,
      contactId,
      source: CONSENT_IMPORT_SOURCE,
      schemaVersion: SCHEMA_VERSION,
      payload: { action, purpose, method, ...(Object.keys(evidence).length ? { evidence } : {}) },
    },
    issues: [],
  };
}
