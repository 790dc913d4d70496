import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EngagementDrillDown } from '@web/generated/graphql';
import { DRILL_PARAM, drillFromParam, drillToParam } from './drill';

/**
 * The open drill-down, kept in the URL: opening one adds a history entry, so Back closes it (or returns to the
 * previous one) and a reload or a shared link reopens the same message list. Other parameters are kept.
 */
export function useDrill() {
  const [params, setParams] = useSearchParams();
  const value = params.get(DRILL_PARAM);
  const drill = useMemo(() => drillFromParam(value), [value]);
  const open = useCallback(
    (next: EngagementDrillDown) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set(DRILL_PARAM, drillToParam(next));
        return updated;
      }),
    [setParams],
  );
  const close = useCallback(
    () =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.delete(DRILL_PARAM);
        return updated;
      }),
    [setParams],
  );
  return { drill, open, close };
}
