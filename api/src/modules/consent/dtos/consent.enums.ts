import { registerEnumType } from '@nestjs/graphql';

/** consent.updated purposes (DOMAIN.md §2); values are the stored ones. */
export enum ConsentPurpose {
  MARKETING = 'marketing',
  SERVICE = 'service',
  ALL = 'all',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });

export enum ConsentAction {
  OPT_IN = 'opt_in',
  OPT_OUT = 'opt_out',
}
registerEnumType(ConsentAction, { name: 'ConsentAction' });

export enum ConsentStateValue {
  GRANTED = 'granted',
  WITHDRAWN = 'withdrawn',
  NONE = 'none',
}
registerEnumType(ConsentStateValue, {
  name: 'ConsentState',
  description:
    'Latest opt-in (granted) or opt-out (withdrawn) for the purpose or "all" at the instant; none without one',
});

export enum ConsentImportFormat {
  CSV = 'csv',
  NDJSON = 'ndjson',
}
registerEnumType(ConsentImportFormat, { name: 'ConsentImportFormat' });

export enum CoverageGroupBy {
  ACCOUNT = 'account',
  CAMPAIGN = 'campaign',
  CHANNEL = 'channel',
  DAY = 'day',
}
registerEnumType(CoverageGroupBy, {
  name: 'CoverageGroupBy',
  description: "Sending account, campaign key, channel, or the day of the send in the tenant's time zone",
});
