import type {
  ComplaintDimension,
  EngagementDimension,
  EngagementDrillDown,
  ReadTimeBucket,
} from '@web/generated/graphql';
import { channelFromParam } from '@web/lib/channels';

/** The URL parameter that holds the open drill-down, so a reload or a shared link reopens the same list. */
export const DRILL_PARAM = 'drill';

const DIMENSIONS: readonly EngagementDimension[] = ['CHANNEL', 'ACCOUNT', 'TEMPLATE', 'CATEGORY', 'CAMPAIGN'];
const COMPLAINT_DIMENSIONS: readonly ComplaintDimension[] = ['TEMPLATE', 'CAMPAIGN', 'ACCOUNT', 'CATEGORY'];
/** URL name prefix of a complaint breakdown group, e.g. `complaint-template:promo` (another key than `template:`). */
const COMPLAINT_PREFIX = 'complaint-';
const BUCKETS: readonly ReadTimeBucket[] = [
  'UNDER_1_MIN',
  'MIN_1_TO_5',
  'MIN_5_TO_30',
  'MIN_30_TO_2_H',
  'H_2_TO_24',
  'OVER_24_H',
];
/** The steps a message can reach, as the API's drill-down names them ('complained': as the complaint breakdown counts). */
export const DRILL_STATUSES = ['sent', 'delivered', 'read', 'failed', 'complained'] as const;
export type DrillStatus = (typeof DRILL_STATUSES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const inRange = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/** A stable identity for a drill-down, so the message list starts again at page 1 for another element. */
export function drillKey(d: EngagementDrillDown): string {
  return [
    d.dimension,
    d.complaintDimension,
    d.key,
    d.date,
    d.bucket,
    d.dayOfWeek,
    d.hour,
    d.status,
    d.channel,
    d.accountId,
    d.errorCode,
  ]
    .map((v) => (v === null || v === undefined ? '-' : `=${v}`))
    .join('|');
}

/**
 * The drill-down as a readable URL value: `name:value` parts joined by `;`, e.g. `channel:whatsapp;status:read`,
 * `dow:3;hour:14` or `template:promo%7Cen;via:whatsapp;number:4930111;code:131049` (`code:` = failed without a
 * code); a complaint breakdown row reads `complaint-template:promo;status:complained`. Values are percent-encoded, so template keys ("name|language") and campaign keys survive.
 */
export function drillToParam(d: EngagementDrillDown): string {
  const parts: Array<[string, string | number | null | undefined]> = [
    ...(d.dimension ? [[d.dimension.toLowerCase(), d.key ?? ''] as [string, string]] : []),
    ...(d.complaintDimension
      ? [[`${COMPLAINT_PREFIX}${d.complaintDimension.toLowerCase()}`, d.key ?? ''] as [string, string]]
      : []),
    ['date', d.date],
    ['bucket', d.bucket?.toLowerCase()],
    ['dow', d.dayOfWeek],
    ['hour', d.hour],
    ['status', d.status],
    ['via', d.channel?.toLowerCase()],
    ['number', d.accountId],
    ['code', d.errorCode],
  ];
  return parts
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `${name}:${encodeURIComponent(String(value))}`)
    .join(';');
}

/** Reads a drill-down written by `drillToParam`; anything malformed opens nothing rather than a wrong list. */
export function drillFromParam(value: string | null): EngagementDrillDown | null {
  if (!value) return null;
  const drill: EngagementDrillDown = {};
  for (const part of value.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 1) return null;
    const name = part.slice(0, colon);
    let raw: string;
    try {
      raw = decodeURIComponent(part.slice(colon + 1));
    } catch {
      return null;
    }
    const dimension = DIMENSIONS.find((d) => d.toLowerCase() === name);
    const complaintDimension = COMPLAINT_DIMENSIONS.find((d) => `${COMPLAINT_PREFIX}${d.toLowerCase()}` === name);
    const number = Number(raw);
    if (dimension) {
      drill.dimension = dimension;
      drill.key = raw;
    } else if (complaintDimension) {
      drill.complaintDimension = complaintDimension;
      drill.key = raw;
    } else if (name === 'date' && DATE.test(raw)) drill.date = raw;
    else if (name === 'bucket' && BUCKETS.includes(raw.toUpperCase() as ReadTimeBucket))
      drill.bucket = raw.toUpperCase() as ReadTimeBucket;
    else if (name === 'dow' && inRange(number, 1, 7)) drill.dayOfWeek = number;
    else if (name === 'hour' && raw !== '' && inRange(number, 0, 23)) drill.hour = number;
    else if (name === 'status' && (DRILL_STATUSES as readonly string[]).includes(raw)) drill.status = raw;
    else if (name === 'via' && channelFromParam(raw)) drill.channel = channelFromParam(raw);
    else if (name === 'number' && raw !== '') drill.accountId = raw;
    else if (name === 'code') drill.errorCode = raw;
    else return null;
  }
  return Object.keys(drill).length > 0 ? drill : null;
}
