import { useI18n } from '@web/i18n/i18n-context';
import type { usePager } from './use-pager';

/** The shape every paginated query returns (`XxxPage { nodes, pageInfo, totalCount }`). */
export interface Connection<Row> {
  nodes: Row[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface PagerProps {
  connection: Connection<unknown>;
  pager: ReturnType<typeof usePager>;
}

export function Pager({ connection, pager }: PagerProps) {
  const { t } = useI18n();
  const { totalCount, nodes, pageInfo } = connection;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span>{t('pager.summary', { count: totalCount, shown: nodes.length, page: pager.pageNumber })}</span>
      <button type="button" className="button button-small" onClick={pager.previous} disabled={pager.pageNumber <= 1}>
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => pager.next(pageInfo.endCursor)}
        disabled={!pageInfo.hasNextPage}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
