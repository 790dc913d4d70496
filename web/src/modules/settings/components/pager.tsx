import { useI18n } from '@web/i18n/i18n-context';

interface PagerProps {
  pageNumber: number;
  totalCount: number;
  shown: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onNext: (cursor: string | null | undefined) => void;
  onPrevious: () => void;
}

export function Pager({ pageNumber, totalCount, shown, hasNextPage, endCursor, onNext, onPrevious }: PagerProps) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span>{t('pager.summary', { count: totalCount, shown, page: pageNumber })}</span>
      <button type="button" className="button button-small" onClick={onPrevious} disabled={pageNumber <= 1}>
        {t('pager.previous')}
      </button>
      <button type="button" className="button button-small" onClick={() => onNext(endCursor)} disabled={!hasNextPage}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
