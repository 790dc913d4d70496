import type { Channel } from '@checkmark/schemas';
import { describePlatformError, PLATFORM_ERROR_CATEGORY_LABELS } from '@checkmark/schemas/platform-errors';
import type { FailureReasonModel } from '../templates/dtos/failure-reason.model';
import type { FailureReasonsRow } from './queries/failure-reasons.query';

/**
 * Failed messages per channel and error code (the rows come per title too: a code's platform title is its most
 * frequent one), most first, each explained by the catalog; unknown codes keep the platform's title only.
 */
export function toFailureReasons(rows: FailureReasonsRow[]): FailureReasonModel[] {
  const groups = new Map<string, { channel: string; code: string; count: number; title: string; titleCount: number }>();
  for (const row of rows) {
    const key = `${row.channel}\u0000${row.error_code}`;
    const group = groups.get(key) ?? {
      channel: row.channel,
      code: row.error_code,
      count: 0,
      title: row.error_title,
      titleCount: 0,
    };
    group.count += row.failed;
    if (row.failed > group.titleCount) Object.assign(group, { title: row.error_title, titleCount: row.failed });
    groups.set(key, group);
  }
  const total = [...groups.values()].reduce((sum, g) => sum + g.count, 0);
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel) || a.code.localeCompare(b.code))
    .map((group) => {
      const platformTitle = group.title || null;
      const described = describePlatformError(group.channel, group.code, platformTitle);
      const known = described.known ? described : null;
      return {
        channel: group.channel as Channel,
        errorCode: group.code || null,
        count: group.count,
        share: group.count / total,
        platformTitle,
        title: known?.title ?? platformTitle,
        known: described.known,
        meaning: known?.meaning ?? null,
        likelyCause: known?.likelyCause ?? null,
        recommendedAction: known?.recommendedAction ?? null,
        category: known?.category ?? null,
        categoryLabel: known ? PLATFORM_ERROR_CATEGORY_LABELS[known.category] : null,
        retry: known?.retry ?? null,
      };
    });
}
