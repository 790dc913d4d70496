import { createContext, useContext, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorMessage } from './error-message';

interface DataStateProps {
  fetching: boolean;
  error: CombinedError | undefined;
  /** True when loaded data has nothing to show. */
  empty: boolean;
  emptyText?: string;
  onRetry?: () => void;
  /** Keeps the loading box the height of the content it stands for. */
  minHeight?: number;
  children: ReactNode;
}

const Refreshing = createContext(false);

/** True inside a DataState whose data is being fetched again: what it shows may be about to change. */
export function useRefreshing(): boolean {
  return useContext(Refreshing);
}

/** Loading, error and empty states shared by every chart and table; children render only with data. */
export function DataState({ fetching, error, empty, emptyText, onRetry, minHeight, children }: DataStateProps) {
  const { t } = useI18n();
  if (error) {
    return (
      <div className="state state-error" role="alert" style={{ minHeight }}>
        <ErrorMessage error={error} />
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }
  if (fetching && empty) {
    return (
      <div className="state state-loading" role="status" aria-live="polite" style={{ minHeight }}>
        <span className="spinner" aria-hidden="true" />
        {t('common.loading')}
      </div>
    );
  }
  if (empty) {
    return (
      <div className="state state-empty" style={{ minHeight }}>
        {emptyText ?? t('common.empty')}
      </div>
    );
  }
  return (
    <div aria-busy={fetching}>
      <Refreshing.Provider value={fetching}>{children}</Refreshing.Provider>
    </div>
  );
}
