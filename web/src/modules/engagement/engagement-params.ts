import type { EngagementDimension } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

export const GROUP_PARAM = 'group';

/** The comparison dimensions as the URL names them ("number" is a business account) and their labels. */
export const DIMENSIONS: ReadonlyArray<{ value: EngagementDimension; param: string; label: MessageKey }> = [
  { value: 'CHANNEL', param: 'channel', label: 'engagement.dimension.CHANNEL' },
  { value: 'ACCOUNT', param: 'number', label: 'engagement.dimension.ACCOUNT' },
  { value: 'TEMPLATE', param: 'template', label: 'engagement.dimension.TEMPLATE' },
  { value: 'CATEGORY', param: 'category', label: 'engagement.dimension.CATEGORY' },
  { value: 'CAMPAIGN', param: 'campaign', label: 'engagement.dimension.CAMPAIGN' },
];

export const DEFAULT_DIMENSION: EngagementDimension = 'CHANNEL';

export function dimensionFromParam(value: string | null): EngagementDimension {
  return DIMENSIONS.find((d) => d.param === value?.toLowerCase())?.value ?? DEFAULT_DIMENSION;
}

/** New URL parameters with the grouping; the default is left out so plain links stay short. */
export function withDimension(params: URLSearchParams, dimension: EngagementDimension): URLSearchParams {
  const next = new URLSearchParams(params);
  const param = DIMENSIONS.find((d) => d.value === dimension)?.param;
  if (!param || dimension === DEFAULT_DIMENSION) next.delete(GROUP_PARAM);
  else next.set(GROUP_PARAM, param);
  return next;
}
