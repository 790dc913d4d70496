import type { CombinedError } from 'urql';
import type { MessageKey } from '@web/i18n/catalog';
import type { Translate } from '@web/i18n/translate';
import { fieldIssues } from '@web/lib/graphql-errors';

/** Field name → first server-side issue, for showing BAD_USER_INPUT next to the control it concerns. */
export function issuesByField(error: CombinedError | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of fieldIssues(error)) if (issue.path && !result[issue.path]) result[issue.path] = issue.message;
  return result;
}

/** Merges client-side checks (translated) with the server's issues; client checks come first. */
export function mergeErrors(
  client: Record<string, string | undefined>,
  error: CombinedError | undefined,
): Record<string, string | undefined> {
  const server = issuesByField(error);
  const merged: Record<string, string | undefined> = { ...server };
  for (const [key, value] of Object.entries(client)) if (value) merged[key] = value;
  return merged;
}

/** Client-side checks given as message keys by path, in the viewer's language (for useSettingsForm). */
export function translateIssues(
  issues: Record<string, MessageKey | undefined>,
  t: Translate,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(issues).map(([path, key]) => [path, key && t(key)]));
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
