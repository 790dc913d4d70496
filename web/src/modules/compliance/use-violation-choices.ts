import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseChoices, withChoice, type ViolationChoices } from './violation-params';

/** The violations list's own choices (kind, severity, case state, assignee, retracted), kept in the URL. */
export function useViolationChoices() {
  const [params, setParams] = useSearchParams();
  const choices = useMemo(() => parseChoices(params), [params]);
  const update = useCallback(
    <K extends keyof ViolationChoices>(key: K, value: ViolationChoices[K]) =>
      setParams((current) => withChoice(current, key, value)),
    [setParams],
  );
  return { choices, update };
}
