import { DataTable } from '@web/components/ui/data-table';
import { channelColumn } from '@web/components/ui/common-columns';
import type { FailureReasonFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

/** Failed messages per channel and error code, with what the platform's code means and what to do about it. */
export function FailureReasonsTable({
  rows,
  caption,
  exportName,
  onSelect,
}: {
  rows: readonly FailureReasonFieldsFragment[];
  caption: string;
  exportName: string;
  /** Lists the failed messages behind a row: its channel and error code. */
  onSelect?: (row: FailureReasonFieldsFragment) => void;
}) {
  const { t, fmt } = useI18n();
  return (
    <DataTable<FailureReasonFieldsFragment>
      caption={caption}
      captionHidden
      exportName={exportName}
      rows={rows}
      rowKey={(r) => `${r.channel}|${r.errorCode ?? ''}`}
      columns={[
        channelColumn(t),
        {
          key: 'code',
          header: t('engagement.column.errorCode'),
          cell: (r) => (r.errorCode ? <code>{r.errorCode}</code> : t('engagement.noCode')),
          csv: (r) => r.errorCode,
        },
        {
          key: 'platformTitle',
          header: t('engagement.column.platformTitle'),
          cell: (r) => r.platformTitle ?? '—',
          csv: (r) => r.platformTitle,
        },
        {
          key: 'meaning',
          header: t('engagement.column.meaning'),
          cell: (r) => r.meaning ?? t('engagement.unknownCode'),
          csv: (r) => r.meaning,
        },
        {
          key: 'category',
          header: t('engagement.column.category'),
          cell: (r) => r.categoryLabel ?? r.category ?? '—',
          csv: (r) => r.category,
        },
        {
          key: 'action',
          header: t('engagement.column.action'),
          cell: (r) => r.recommendedAction ?? '—',
          csv: (r) => r.recommendedAction,
        },
        {
          key: 'count',
          header: t('engagement.column.failedCount'),
          cell: (r) =>
            onSelect ? (
              <button type="button" className="link-button" onClick={() => onSelect(r)}>
                {fmt.count(r.count)}
              </button>
            ) : (
              fmt.count(r.count)
            ),
          csv: (r) => r.count,
          numeric: true,
        },
        {
          key: 'share',
          header: t('engagement.column.share'),
          cell: (r) => fmt.ratio(r.share),
          csv: (r) => r.share,
          numeric: true,
        },
      ]}
    />
  );
}
