import type { ComplaintDimension } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

export const BREAKDOWN_PARAM = 'by';

/** The breakdown dimensions as the URL names them ("number" is a sending account) and their labels. */
export const BREAKDOWNS: ReadonlyArray<{ value: ComplaintDimension; param: string; label: MessageKey }> = [
  { value: 'TEMPLATE', param: 'template', label: 'complaints.by.TEMPLATE' },
  { value: 'CAMPAIGN', param: 'campaign', label: 'complaints.by.CAMPAIGN' },
  { value: 'ACCOUNT', param: 'number', label: 'complaints.by.ACCOUNT' },
  { value: 'CATEGORY', param: 'category', label: 'complaints.by.CATEGORY' },
];

export const DEFAULT_BREAKDOWN: ComplaintDimension = 'TEMPLATE';

export function breakdownFromParam(value: string | null): ComplaintDimension {
  return BREAKDOWNS.find((b) => b.param === value?.toLowerCase())?.value ?? DEFAULT_BREAKDOWN;
}

/** New URL parameters with the breakdown; the default is left out so plain links stay short. */
export function withBreakdown(params: URLSearchParams, by: ComplaintDimension): URLSearchParams {
  const next = new URLSearchParams(params);
  const param = BREAKDOWNS.find((b) => b.value === by)?.param;
  if (!param || by === DEFAULT_BREAKDOWN) next.delete(BREAKDOWN_PARAM);
  else next.set(BREAKDOWN_PARAM, param);
  return next;
}
