import type { Channel } from '@web/generated/graphql';
import type { Translate } from '@web/i18n/translate';
import type { Column } from './data-table';

/** The channel as the viewer's language names it; CSV keeps the canonical lower-case value. */
export function channelColumn<Row extends { channel: Channel }>(t: Translate): Column<Row> {
  return {
    key: 'channel',
    header: t('column.channel'),
    cell: (r) => t(`channel.${r.channel}`),
    csv: (r) => r.channel.toLowerCase(),
  };
}

/** The sending number or bot as events carry it. */
export function accountColumn<Row extends { accountExternalId: string }>(t: Translate): Column<Row> {
  return {
    key: 'account',
    header: t('engagement.column.number'),
    cell: (r) => r.accountExternalId,
    csv: (r) => r.accountExternalId,
  };
}
