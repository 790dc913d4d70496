import type { CombinedError } from 'urql';
import type { Translate } from '@web/i18n/translate';
import { issueField } from './rule-values';

/**
 * updateComplianceSettings' BAD_USER_INPUT issues by editor field; an issue of a term or country in a list names
 * its line, so "line 3: unbalanced '|'" shows under the textarea it concerns. The first issue of a field wins.
 */
export function rulesIssues(error: CombinedError | undefined, t: Translate): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const issues: unknown = graphQLError.extensions?.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues as unknown[]) {
      if (!issue || typeof issue !== 'object') continue;
      const { path, message } = issue as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') continue;
      const joined = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
      const { field, line } = issueField(joined);
      if (!field || result[field]) continue;
      result[field] = line === null ? message : t('complianceRules.lineIssue', { line, message });
    }
  }
  return result;
}
