import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { usePager } from '@web/components/ui/use-pager';
import type { ViolationFilter } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { canWorkCases } from '../case-actions';
import { ComplianceViolationsQuery } from '../graphql/compliance.query';
import { DownloadButton } from '../reports/download-button';
import { violationsCsvSearch } from '../violation-params';
import { BulkActions, type BulkTarget } from './bulk-actions';
import { ViolationsTable, type ViolationRow } from './violations-table';

/**
 * The violations list of one filter (the page remounts it when the filter changes, so paging and selection start
 * over), with the server's CSV of everything matching and, for admins and compliance officers, bulk case actions on
 * the ticked rows or on all rows matching.
 */
export function ViolationsSection({
  filter,
  openId,
  onOpen,
  users,
}: {
  filter: ViolationFilter;
  openId: string | null;
  onOpen: (id: string) => void;
  users: ReadonlyArray<{ id: string; name: string; email: string }>;
}) {
  const { t, fmt } = useI18n();
  const { viewer } = useSession();
  const mayWork = canWorkCases(viewer?.role);
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: ComplianceViolationsQuery,
    variables: { filter, page: pager.page },
  });
  const page = result.data?.complianceViolations;
  const total = page?.totalCount ?? 0;
  // Ticked rows are kept with their kinds, so a false positive knows whether an exception can be added.
  const [selected, setSelected] = useState<ReadonlyMap<string, ViolationRow>>(new Map());
  const [allMatching, setAllMatching] = useState(false);
  const rowsById = new Map((page?.nodes ?? []).map((r) => [r.id, r]));

  const toggle = (id: string) => {
    setAllMatching(false);
    setSelected((current) => {
      const next = new Map(current);
      const row = rowsById.get(id);
      if (next.has(id)) next.delete(id);
      else if (row) next.set(id, row);
      return next;
    });
  };
  const togglePage = (ids: string[]) => {
    setAllMatching(false);
    setSelected((current) => {
      const next = new Map(current);
      const all = ids.every((id) => next.has(id));
      for (const id of ids) {
        const row = rowsById.get(id);
        if (all) next.delete(id);
        else if (row) next.set(id, row);
      }
      return next;
    });
  };
  const clear = () => {
    setSelected(new Map());
    setAllMatching(false);
  };
  const target: BulkTarget = allMatching
    ? { filter, total }
    : { ids: [...selected.keys()], kinds: [...new Set([...selected.values()].map((r) => r.kind))] };

  const nameOf = (id: string | null | undefined) => (!id ? '—' : (users.find((u) => u.id === id)?.name ?? id));

  const tools = (
    <div className="table-tools violations-tools">
      <span data-testid="violations-csv">
        <DownloadButton
          url={`/v1/compliance/violations.csv?${violationsCsvSearch(filter)}`}
          fileName={`violations_${filter.from}_${filter.to}.csv`}
          label={t('compliance.list.csv', { count: total, n: fmt.count(total) })}
        />
      </span>
      {mayWork && total > 0 && (
        <span className="selection-tools">
          {allMatching
            ? t('compliance.list.allMatching', { count: total, n: fmt.count(total) })
            : t('compliance.list.selected', { count: selected.size, n: fmt.count(selected.size) })}{' '}
          {!allMatching && (
            <button type="button" className="link-button" onClick={() => setAllMatching(true)}>
              {t('compliance.list.selectAllMatching', { count: total, n: fmt.count(total) })}
            </button>
          )}
          {(allMatching || selected.size > 0) && (
            <button type="button" className="link-button" onClick={clear}>
              {t('compliance.list.clearSelection')}
            </button>
          )}
        </span>
      )}
      {mayWork && <BulkActions target={target} users={users} onDone={clear} hideHint={total === 0} />}
    </div>
  );

  return (
    <ViolationsTable
      connection={page}
      fetching={result.fetching}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      pager={pager}
      onOpen={onOpen}
      openId={openId}
      selection={mayWork ? { isSelected: (id) => allMatching || selected.has(id), toggle, togglePage } : undefined}
      tools={tools}
      assigneeName={nameOf}
    />
  );
}
