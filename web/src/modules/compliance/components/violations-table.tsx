import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { Pager, type Connection } from '@web/components/ui/pager';
import type { usePager } from '@web/components/ui/use-pager';
import type { ViolationListFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CaseStateBadge, SeverityBadge } from './badges';

export type ViolationRow = ViolationListFieldsFragment;

/** What the table shows about selection; absent for read-only roles (no checkboxes). */
export interface RowSelection {
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Selects or clears every row of the page shown. */
  togglePage: (ids: string[]) => void;
}

/**
 * The violations of the filter, newest first, a page at a time; a row opens its details (kept in the URL as
 * ?violation=<id>). Tools (CSV of everything matching, bulk actions) come from the page.
 */
export function ViolationsTable({
  connection,
  fetching,
  error,
  onRetry,
  pager,
  onOpen,
  openId,
  selection,
  tools,
  assigneeName,
}: {
  connection: Connection<ViolationRow> | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  pager: ReturnType<typeof usePager>;
  onOpen: (id: string) => void;
  openId: string | null;
  selection?: RowSelection;
  tools?: ReactNode;
  assigneeName: (id: string | null | undefined) => string;
}) {
  const { t, fmt } = useI18n();
  const rows = connection?.nodes ?? [];
  const title = t('compliance.list.title');
  const pageIds = rows.map((r) => r.id);
  const pageSelected = !!selection && rows.length > 0 && pageIds.every((id) => selection.isSelected(id));
  return (
    <Card title={title} className="card-wide" actions={<HowComputed text={t('compliance.how.list')} />}>
      {tools}
      <DataState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={connection ? t('compliance.list.empty') : undefined}
        onRetry={onRetry}
        minHeight={200}
      >
        <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="table" data-testid="violations-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {selection && (
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('compliance.list.selectPage')}
                      checked={pageSelected}
                      onChange={() => selection.togglePage(pageIds)}
                    />
                  </th>
                )}
                <th scope="col">{t('compliance.column.occurredAt')}</th>
                <th scope="col">{t('compliance.column.kind')}</th>
                <th scope="col">{t('compliance.column.severity')}</th>
                <th scope="col">{t('column.channel')}</th>
                <th scope="col">{t('engagement.column.number')}</th>
                <th scope="col">{t('engagement.column.contact')}</th>
                <th scope="col">{t('engagement.column.campaign')}</th>
                <th scope="col">{t('engagement.column.template')}</th>
                <th scope="col">{t('compliance.column.state')}</th>
                <th scope="col">{t('compliance.column.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.id}
                  data-violation-id={r.id}
                  className={r.id === openId ? 'row-leader' : r.retractedAt ? 'row-muted' : undefined}
                >
                  {selection && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('compliance.list.selectRow', { id: r.id })}
                        checked={selection.isSelected(r.id)}
                        onChange={() => selection.toggle(r.id)}
                      />
                    </td>
                  )}
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(r.id)}
                      aria-label={t('compliance.list.open', { at: fmt.dateTime(r.occurredAt) })}
                    >
                      {fmt.dateTime(r.occurredAt)}
                    </button>
                  </td>
                  <td>
                    {t(`compliance.kind.${r.kind}`)}
                    {r.retractedAt && <span className="badge badge-warning">{t('compliance.retracted')}</span>}
                  </td>
                  <td>
                    <SeverityBadge severity={r.severity} />
                  </td>
                  <td>{t(`channel.${r.channel}`)}</td>
                  <td>{r.accountName ?? r.accountId}</td>
                  <td>{r.contactId ? <code>{r.contactId}</code> : '—'}</td>
                  <td>{r.campaignId ?? '—'}</td>
                  <td>{r.templateName ?? '—'}</td>
                  <td>
                    <CaseStateBadge state={r.caseState} />
                  </td>
                  <td>{assigneeName(r.assigneeUserId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {connection && <Pager connection={connection} pager={pager} />}
      </DataState>
    </Card>
  );
}
