import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { DELIVERY_RECEIPT_CHANNELS, READ_RECEIPT_CHANNELS } from '../overview/channel-receipts';
import { READ_TIME_BUCKET_EDGES } from './read-time-buckets';

/** The parameters every engagement query takes: the scope's, plus the receipt channels and histogram edges. */
export function scopeParams(scope: AnalyticsScope): Record<string, unknown> {
  return {
    ...scopeQueryParams(scope),
    deliveryChannels: DELIVERY_RECEIPT_CHANNELS,
    readChannels: READ_RECEIPT_CHANNELS,
    bucketEdges: READ_TIME_BUCKET_EDGES,
  };
}
