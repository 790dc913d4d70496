import type { CanonicalEvent } from '@checkmark/schemas';
// e2e tests drive the product's own simulator and use the receiver's pure mapper as the oracle for event ids;
// both live in apps, which Nx otherwise keeps out of libraries.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { mapWhatsAppWebhook } from '@checkmark/api/src/modules/whatsapp/mapping';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { generateEvents, WhatsAppEncoder, type SignedPayload, type World } from '@checkmark/ingest/src/simulator';

/**
 * One deterministic simulator world split the way a real tenant sends it: what the WhatsApp platform reports
 * arrives as signed Cloud API webhooks, everything else (other channels, outbound message bodies, helpdesk…)
 * as canonical NDJSON to /v1/events. NDJSON lines omit tenantId: the API key decides the tenant.
 */
export interface SimulatedTraffic {
  world: World;
  events: CanonicalEvent[];
  webhooks: SignedPayload[];
  /** NDJSON bodies' lines, without the trailing newline. */
  ndjsonBatches: string[][];
  /** Every contact id the simulator used, as the provider would send it. */
  rawContactIds: string[];
}

export interface TrafficOptions {
  seed: number;
  events: number;
  appSecret: string;
  /** Updates per webhook delivery (Meta sends up to 1000). */
  maxUpdates?: number;
  linesPerBatch?: number;
}

export function simulateTraffic({
  seed,
  events: count,
  appSecret,
  maxUpdates = 100,
  linesPerBatch = 500,
}: TrafficOptions): SimulatedTraffic {
  const sim = generateEvents({ seed, events: count, days: 3, startMs: Date.UTC(2026, 2, 2) });
  const encoder = new WhatsAppEncoder({ appSecret, world: sim.world, maxUpdates });
  const events: CanonicalEvent[] = [];
  const webhooks: SignedPayload[] = [];
  const lines: string[] = [];
  for (const event of sim) {
    events.push(event);
    const encodedBefore = encoder.encodedEvents;
    webhooks.push(...encoder.add(event));
    if (encoder.encodedEvents > encodedBefore) continue;
    const { tenantId: _tenant, ...untenanted } = event;
    lines.push(JSON.stringify(untenanted));
  }
  webhooks.push(...encoder.flush());
  const ndjsonBatches: string[][] = [];
  for (let i = 0; i < lines.length; i += linesPerBatch) ndjsonBatches.push(lines.slice(i, i + linesPerBatch));
  const rawContactIds = [...new Set(events.flatMap((e) => ('contactId' in e && e.contactId ? [e.contactId] : [])))];
  return { world: sim.world, events, webhooks, ndjsonBatches, rawContactIds };
}

/**
 * The distinct event ids the webhooks map to, before pseudonymisation (which maps ids one to one), computed
 * with the receiver's pure mapper: the count the warehouse must hold for the webhook source.
 */
export function webhookEventIds(traffic: SimulatedTraffic): Set<string> {
  const numbers = traffic.world.accountsByChannel.whatsapp;
  const ids = new Set<string>();
  for (const payload of traffic.webhooks) {
    const mapped = mapWhatsAppWebhook(JSON.parse(payload.body.toString('utf8')) as unknown, {
      resolvePhoneNumberId: (display, wabaId) =>
        numbers.find((n) => n.displayPhoneNumber === display && n.wabaId === wabaId)?.id,
    });
    for (const { event } of mapped.events) ids.add(event.id);
  }
  return ids;
}

export interface WebhookAnswer {
  status: number;
  body: { events: number; rejected: number; skipped: number };
}

export async function postWebhook(
  baseUrl: string,
  payload: Pick<SignedPayload, 'body' | 'signature'>,
): Promise<WebhookAnswer> {
  const response = await fetch(`${baseUrl}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': payload.signature },
    body: payload.body,
  });
  return { status: response.status, body: (await response.json()) as WebhookAnswer['body'] };
}

export type LineResult =
  | { line: number; status: 'accepted'; id: string }
  | { line: number; status: 'rejected'; errors: { path: string; rule: string; message: string }[] }
  | { line: number; status: 'skipped'; reason: string };

export interface EventsAnswer {
  status: number;
  body: { totals: { lines: number; accepted: number; rejected: number; skipped: number }; results: LineResult[] };
}

export async function postNdjson(baseUrl: string, apiKey: string, lines: (string | Buffer)[]): Promise<EventsAnswer> {
  const body = Buffer.concat(lines.map((line) => Buffer.concat([Buffer.from(line), Buffer.from('\n')])));
  const response = await fetch(`${baseUrl}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${apiKey}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as EventsAnswer['body'] };
}

/** Lines /v1/events must reject, each with the rule it must be rejected for; kept as exact bytes. */
export function invalidLines(template: string): { raw: Buffer; rule: string }[] {
  const valid = JSON.parse(template) as Record<string, unknown>;
  return [
    { raw: Buffer.from('{"id":"broken", "type": "message.sent",'), rule: 'malformed_json' },
    { raw: Buffer.from(JSON.stringify({ ...valid, id: 'e2e-bad-channel', channel: 'carrier-pigeon' })), rule: 'enum' },
    {
      raw: Buffer.from(JSON.stringify({ ...valid, id: 'e2e-other-tenant', tenantId: 'someone-else' })),
      rule: 'tenant_mismatch',
    },
    // Non-ASCII bytes must be kept exactly as sent.
    { raw: Buffer.from('{"id":"e2e-umlaut","type":"message.sent","text":"Grüße — ☃"}', 'utf8'), rule: 'required' },
  ];
}
