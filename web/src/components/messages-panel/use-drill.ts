import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EngagementDrillDown } from '@web/generated/graphql';
import { DRILL_PARAM, drillFromParam, drillToParam } from './drill';

/**
 * The open drill-down, kept in the URL: opening one adds a history entry, so Back closes it (or returns to the
 * previous one) and a reload or a shared link reopens the same message list. Other parameters are kept.
 * A click shows its result at once; the URL (written in a router transition) follows, and any later change of it
 * (Back, Forward, a link) wins.
 */
export function useDrill() {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get(DRILL_PARAM);
  const [seen, setSeen] = useState(inUrl);
  const [value, setValue] = useState(inUrl);
  if (inUrl !== seen) {
    setSeen(inUrl);
    setValue(inUrl);
  }
  const drill = useMemo(() => drillFromParam(value), [value]);
  const write = useCallback(
    (next: string | null) => {
      setValue(next);
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next === null) updated.delete(DRILL_PARAM);
        else updated.set(DRILL_PARAM, next);
        return updated;
      });
    },
    [setParams],
  );
  const open = useCallback((next: EngagementDrillDown) => write(drillToParam(next)), [write]);
  const close = useCallback(() => write(null), [write]);
  return { drill, open, close };
}
