import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePlatformError } from './describe-platform-error';

/** Failures the traffic simulator plants (ingest/src/simulator/traffic-simulator.ts), with the titles it sends. */
const SIMULATOR_PLANTED: [channel: string, code: string, title: string][] = [
  ['whatsapp', '131026', 'Message undeliverable'],
  ['whatsapp', '131047', 'Re-engagement message'],
  ['whatsapp', '131049', 'This message was not delivered to maintain healthy ecosystem engagement.'],
  ['whatsapp', '131050', 'User has stopped marketing messages from this business'],
  ['whatsapp', '130429', 'Rate limit hit'],
  ['whatsapp', '131048', 'Spam rate limit hit'],
  ['whatsapp', '132015', 'Template is Paused'],
  ['whatsapp', '132016', 'Template is Disabled'],
  ['telegram', '400', 'Bad Request: chat not found'],
  ['telegram', '403', 'Forbidden: bot was blocked by the user'],
  ['viber', '6', 'receiverNotSubscribed'],
  ['messenger', '551', 'This person isn’t available right now'],
  ['instagram', '551', 'This person isn’t available right now'],
  ['messenger', '10', 'Message sent outside of allowed window'],
  ['instagram', '10', 'Message sent outside of allowed window'],
  ['vk', '901', 'Can’t send messages for users without permission'],
  ['sms', '30003', 'Unreachable destination handset'],
  ['email', '550', 'Mailbox unavailable'],
];

describe('describePlatformError', () => {
  it('knows every error code the simulator plants', () => {
    for (const [channel, code, title] of SIMULATOR_PLANTED) {
      const description = describePlatformError(channel, code, title);
      expect({ channel, code, known: description.known }).toEqual({ channel, code, known: true });
    }
  });

  it('lists every code literal of the simulator above, so a newly planted code cannot slip past', () => {
    const source = readFileSync(join(__dirname, '../../../ingest/src/simulator/traffic-simulator.ts'), 'utf8');
    const planted = new Set([...source.matchAll(/\bcode: '([^']+)'/g)].map((m) => m[1]));
    expect(planted.size).toBeGreaterThan(0);
    const listed = new Set(SIMULATOR_PLANTED.map(([, code]) => code));
    expect([...planted].filter((code) => !listed.has(code))).toEqual([]);
  });

  it('explains the WhatsApp reasons a marketer sees most', () => {
    expect(describePlatformError('whatsapp', '131047')).toMatchObject({
      known: true,
      category: 'window',
      retry: 'after_fix',
    });
    expect(describePlatformError('whatsapp', '131049')).toMatchObject({
      known: true,
      category: 'quality',
      retry: 'later',
    });
    expect(describePlatformError('whatsapp', '131050')).toMatchObject({
      known: true,
      category: 'consent',
      retry: 'no',
    });
    expect(describePlatformError('whatsapp', '131026')).toMatchObject({
      known: true,
      category: 'recipient',
      retry: 'no',
    });
    expect(describePlatformError('whatsapp', '131048')).toMatchObject({
      category: 'quality',
      countsAgainstQuality: true,
    });
    expect(describePlatformError('whatsapp', '132016')).toMatchObject({
      category: 'template',
      countsAgainstQuality: true,
    });
  });

  it('accepts numeric codes and surrounding whitespace', () => {
    expect(describePlatformError('whatsapp', 131047)).toMatchObject({ known: true, code: '131047' });
    expect(describePlatformError('whatsapp', ' 131047 ')).toMatchObject({ known: true, code: '131047' });
  });

  it('keeps the same number apart on different channels', () => {
    const whatsapp = describePlatformError('whatsapp', '10');
    const messenger = describePlatformError('messenger', '10', 'Message sent outside of allowed window');
    const viber = describePlatformError('viber', '10');
    const vk = describePlatformError('vk', '10');
    expect([whatsapp, messenger, viber, vk].map((d) => d.known && `${d.channel}:${d.category}`)).toEqual([
      'whatsapp:auth_config',
      'messenger:window',
      'viber:auth_config',
      'vk:platform',
    ]);
    expect(describePlatformError('viber', '6')).toMatchObject({ known: true, category: 'consent' });
    expect(describePlatformError('vk', '6')).toMatchObject({ known: true, category: 'rate_limit' });
    expect(describePlatformError('sms', '131047').known).toBe(false);
  });

  it('picks the entry of a shared code from the platform title, falling back to the plain entry', () => {
    expect(describePlatformError('telegram', 403, 'Forbidden: bot was blocked by the user')).toMatchObject({
      category: 'consent',
    });
    expect(describePlatformError('telegram', 403, 'Forbidden: USER IS DEACTIVATED')).toMatchObject({
      title: 'Forbidden: user is deactivated',
    });
    expect(describePlatformError('telegram', 403)).toMatchObject({
      known: true,
      title: 'Forbidden',
      category: 'recipient',
    });
    expect(describePlatformError('telegram', 400, 'Bad Request: chat not found')).toMatchObject({
      category: 'recipient',
    });
    expect(describePlatformError('telegram', 400, 'Bad Request: message text is empty')).toMatchObject({
      category: 'content',
    });
    expect(describePlatformError('messenger', '10', 'Application does not have permission')).toMatchObject({
      category: 'auth_config',
    });
  });

  it('finds an entry by its alias: a Meta subcode or a Viber status name', () => {
    expect(describePlatformError('messenger', '2018278')).toMatchObject({
      known: true,
      code: '10',
      category: 'window',
    });
    expect(describePlatformError('instagram', '1545041')).toMatchObject({ known: true, code: '551' });
    expect(describePlatformError('viber', 'receiverNoSuitableDevice')).toMatchObject({ known: true, code: '11' });
    expect(describePlatformError('viber', 'RECEIVERNOTSUBSCRIBED')).toMatchObject({ known: true, code: '6' });
  });

  it('returns the platform title with a known entry', () => {
    expect(describePlatformError('whatsapp', '131026', '  Message undeliverable ')).toMatchObject({
      known: true,
      title: 'Message undeliverable',
      platformTitle: 'Message undeliverable',
    });
    expect(describePlatformError('whatsapp', '131026')).toMatchObject({ known: true, platformTitle: null });
  });

  it('describes an unknown code only with what the platform said', () => {
    expect(describePlatformError('whatsapp', '999999', 'Brand new failure')).toEqual({
      known: false,
      channel: 'whatsapp',
      code: '999999',
      platformTitle: 'Brand new failure',
    });
    expect(describePlatformError('webchat', '500', '')).toEqual({
      known: false,
      channel: 'webchat',
      code: '500',
      platformTitle: null,
    });
  });

  it('never throws on missing or odd input', () => {
    expect(describePlatformError('whatsapp', undefined)).toEqual({
      known: false,
      channel: 'whatsapp',
      code: '',
      platformTitle: null,
    });
    expect(describePlatformError('whatsapp', null, null)).toMatchObject({ known: false, code: '' });
    expect(describePlatformError('whatsapp', Number.NaN)).toMatchObject({ known: false, code: '' });
    expect(describePlatformError('carrier-pigeon', '131047', 'Lost')).toEqual({
      known: false,
      channel: 'carrier-pigeon',
      code: '131047',
      platformTitle: 'Lost',
    });
    expect(describePlatformError('whatsapp', 'constructor').known).toBe(false);
  });
});
