import { useCallback, useState } from 'react';

export const PAGE_SIZE = 50;

/** Cursor paging forward and back: remembers the cursors of the pages already visited. */
export function usePager() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback((cursor: string | null | undefined) => {
    if (cursor) setCursors((list) => [...list, cursor]);
  }, []);
  const previous = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  /** Back to the first page, e.g. when the search changes what the pages hold. */
  const reset = useCallback(() => setCursors([null]), []);
  return { page: { first: PAGE_SIZE, after }, pageNumber: cursors.length, next, previous, reset };
}
