import { createHmac } from 'node:crypto';
import type { CanonicalEvent } from '@checkmark/schemas';
import { generateEvents } from './traffic-simulator';
import { WhatsAppEncoder, type SignedPayload } from './whatsapp-encoder';

interface Status {
  id: string;
  status: string;
  timestamp: string;
  errors?: { code: unknown }[];
}
interface InboundMessage {
  referral?: { source_type: string; source_id?: string };
}
interface Change {
  field: string;
  value: {
    messaging_product?: string;
    metadata?: { phone_number_id: string };
    statuses?: Status[];
    messages?: InboundMessage[];
    user_preferences?: unknown[];
  };
}
interface WebhookBody {
  object: string;
  entry: { id: string; changes: Change[] }[];
}

const FIELDS = new Set([
  'messages',
  'user_preferences',
  'phone_number_quality_update',
  'message_template_status_update',
  'message_template_quality_update',
  'account_update',
]);

function encodeRun(maxUpdates?: number) {
  const sim = generateEvents({ seed: 9, events: 20_000, days: 5 });
  const encoder = new WhatsAppEncoder({ appSecret: 's3cret', world: sim.world, ...(maxUpdates ? { maxUpdates } : {}) });
  const payloads: SignedPayload[] = [];
  const events: CanonicalEvent[] = [];
  for (const e of sim) {
    events.push(e);
    payloads.push(...encoder.add(e));
  }
  payloads.push(...encoder.flush());
  return { sim, encoder, payloads, events };
}

describe('WhatsApp webhook encoder', () => {
  const { sim, payloads, events, encoder } = encodeRun();
  const bodies = payloads.map((p) => JSON.parse(p.body.toString('utf8')) as WebhookBody);

  it('signs the exact bytes with HMAC-SHA256 of the app secret', () => {
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) {
      expect(p.signature).toBe(`sha256=${createHmac('sha256', 's3cret').update(p.body).digest('hex')}`);
    }
  });

  it('writes Meta-style escaped unicode, at most 1000 updates and 3 MB per payload', () => {
    for (const p of payloads) {
      expect(p.updates).toBeLessThanOrEqual(1000);
      expect(p.body.length).toBeLessThan(3 * 1024 * 1024);
      expect(p.body.every((byte) => byte < 0x80)).toBe(true);
    }
    const withCyrillic = bodies.some((b) => JSON.stringify(b).match(/[\u0400-\u04ff]/));
    expect(withCyrillic).toBe(true);
  });

  it('uses the whatsapp_business_account envelope with known fields, metadata and numbers', () => {
    const numbers = new Set(sim.world.accountsByChannel.whatsapp.map((a) => a.id));
    const wabas = new Set(sim.world.accountsByChannel.whatsapp.map((a) => a.wabaId));
    for (const body of bodies) {
      expect(body.object).toBe('whatsapp_business_account');
      for (const entry of body.entry) {
        expect(wabas.has(entry.id)).toBe(true);
        for (const change of entry.changes) {
          expect(FIELDS.has(change.field)).toBe(true);
          if (change.field === 'messages' || change.field === 'user_preferences') {
            expect(change.value.messaging_product).toBe('whatsapp');
            expect(numbers.has(change.value.metadata!.phone_number_id)).toBe(true);
          }
        }
      }
    }
  });

  it('carries every WhatsApp status, inbound message and platform stop, with errors and referrals', () => {
    const changes = bodies.flatMap((b) => b.entry.flatMap((e) => e.changes));
    const statuses = changes.flatMap((c) => c.value.statuses ?? []);
    const messages = changes.flatMap((c) => c.value.messages ?? []);
    const prefs = changes.flatMap((c) => c.value.user_preferences ?? []);
    const wa = events.filter((e) => e.channel === 'whatsapp');
    expect(statuses).toHaveLength(wa.filter((e) => e.type === 'message.status').length);
    expect(messages).toHaveLength(wa.filter((e) => e.type === 'message.received').length);
    expect(prefs).toHaveLength(
      wa.filter((e) => e.type === 'consent.updated' && e.payload.method.startsWith('platform_')).length,
    );
    const failed = statuses.filter((s) => s.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const s of failed) expect(typeof s.errors![0].code).toBe('number');
    expect(statuses.every((s) => /^\d+$/.test(s.timestamp) && s.id.startsWith('wamid.'))).toBe(true);
    expect(messages.some((m) => m.referral?.source_type === 'ad' && m.referral.source_id)).toBe(true);
    expect(encoder.skipped['message.sent']).toBeGreaterThan(0);
  });

  it('splits batches at the configured number of updates', () => {
    const small = encodeRun(50);
    expect(small.payloads.every((p) => p.updates <= 50)).toBe(true);
    expect(small.payloads.reduce((n, p) => n + p.updates, 0)).toBe(small.encoder.encodedEvents);
  });
});
