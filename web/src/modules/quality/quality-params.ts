/** The URL parameter holding the number whose history is open (BusinessAccount.id), so a link or reload reopens it. */
export const NUMBER_PARAM = 'number';

interface Selectable {
  businessAccountId?: string | null;
}

/**
 * The number whose detail is open: the one the URL names, else the only number listed (a link filtered to one
 * number, as alerts send, opens it straight away). A URL naming a number not listed opens nothing; an empty
 * value keeps that only number closed.
 */
export function selectedAccount<Row extends Selectable>(rows: readonly Row[], param: string | null): Row | null {
  if (param === '') return null;
  if (param) return rows.find((r) => r.businessAccountId === param) ?? null;
  return rows.length === 1 && rows[0].businessAccountId ? rows[0] : null;
}

/** New URL parameters with the open number (null closes it, '' keeps an only number closed); others are kept. */
export function withNumber(params: URLSearchParams, businessAccountId: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (businessAccountId === null) next.delete(NUMBER_PARAM);
  else next.set(NUMBER_PARAM, businessAccountId);
  return next;
}
