import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { isNonPublicAddress, webhookUrlProblem } from './webhook-address';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, webhookSignature } from './webhook-signature';

export interface WebhookRequest {
  url: string;
  secret: string;
  deliveryId: string;
  /** The exact bytes sent and signed. */
  body: string;
  timestampSeconds: number;
}

/** A refused or failed webhook call; the message names no secret. */
export class WebhookDeliveryError extends Error {}

/** Most response bytes read (then the connection is dropped): receivers only need to answer 2xx. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs a signed alert to a tenant's webhook. The address is checked after DNS resolution, on the connection
 * actually made, so a hostname cannot be pointed at a private address between a check and the request (SSRF);
 * redirects are not followed. The whole call is bounded by the configured timeout.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'alerts'>) {}

  async send(request: WebhookRequest): Promise<void> {
    const { webhookAllowPrivate: allowPrivate, webhookTimeoutMs: timeoutMs } = this.config.alerts;
    const problem = webhookUrlProblem(request.url, allowPrivate);
    if (problem) throw new WebhookDeliveryError(`webhook URL refused: ${problem}`);
    const url = new URL(request.url);
    const options: RequestOptions = {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(request.body),
        'user-agent': 'Checkmark-Alerts/1',
        [TIMESTAMP_HEADER]: String(request.timestampSeconds),
        [SIGNATURE_HEADER]: webhookSignature(request.secret, request.timestampSeconds, request.body),
        [DELIVERY_HEADER]: request.deliveryId,
      },
      lookup: guardedLookup(allowPrivate),
      signal: AbortSignal.timeout(timeoutMs),
    };
    const status = await new Promise<number>((resolve, reject) => {
      const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        res.on('close', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', (error) => reject(error));
      req.end(request.body);
    }).catch((error: unknown) => {
      throw new WebhookDeliveryError(describeNetworkError(error, url, timeoutMs));
    });
    if (status < 200 || status > 299) throw new WebhookDeliveryError(`${url.host} answered HTTP ${status}`);
  }
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isNonPublicAddress(a.address));
      if (!usable.length) {
        return callback(
          Object.assign(new Error('resolves to a loopback or private address'), { code: 'EPRIVATE' }),
          '',
          0,
        );
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      return callback(null, usable[0].address, usable[0].family);
    });
  };
}

function describeNetworkError(error: unknown, url: URL, timeoutMs: number): string {
  const e = error as { name?: string; code?: string; message?: string };
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return `${url.host} did not answer within ${timeoutMs} ms`;
  if (e.code === 'EPRIVATE') return `${url.hostname} resolves to a loopback or private address (refused)`;
  return `${url.host} could not be reached: ${e.code ?? e.message ?? 'network error'}`;
}
