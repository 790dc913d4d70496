import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '@web/app/session-context';
import type { AnalyticsFilter } from '@web/generated/graphql';
import {
  applyFilterPatch,
  parseFilter,
  toAnalyticsFilter,
  type FilterPatch,
  type FilterState,
} from './analytics-filter';

export interface AnalyticsFilterHandle {
  state: FilterState;
  /** Null while the dates in the URL cannot be queried. */
  filter: AnalyticsFilter | null;
  update: (patch: FilterPatch) => void;
}

/** The global filter, read from and written to the URL so a view can be bookmarked and shared. */
export function useAnalyticsFilter(): AnalyticsFilterHandle {
  const [params, setParams] = useSearchParams();
  const { tenantTimeZone } = useSession();
  const state = useMemo(() => parseFilter(params, tenantTimeZone), [params, tenantTimeZone]);
  const filter = useMemo(() => toAnalyticsFilter(state), [state]);
  const update = useCallback(
    (patch: FilterPatch) => setParams((current) => applyFilterPatch(current, patch)),
    [setParams],
  );
  return { state, filter, update };
}
