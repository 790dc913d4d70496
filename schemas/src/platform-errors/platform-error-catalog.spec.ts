import { CHANNELS } from '../events/common';
import { PLATFORM_ERROR_CATEGORIES, RETRY_ADVICE } from './platform-error';
import { PLATFORM_ERROR_CATALOG } from './platform-error-catalog';

const REQUIRED_TEXT = ['code', 'title', 'meaning', 'likelyCause', 'recommendedAction', 'reference'] as const;

/** The WhatsApp Cloud API codes the product promises to explain. */
const WHATSAPP_REQUIRED = [
  '130429',
  '130472',
  '130497',
  '131000',
  '131005',
  '131008',
  '131009',
  '131016',
  '131021',
  '131026',
  '131031',
  '131037',
  '131042',
  '131045',
  '131047',
  '131048',
  '131049',
  '131050',
  '131051',
  '131052',
  '131053',
  '131056',
  '131057',
  '132000',
  '132001',
  '132005',
  '132007',
  '132012',
  '132015',
  '132016',
  '132068',
  '132069',
  '133010',
  '135000',
  '368',
  '470',
  '100',
  '190',
  '4',
  '80007',
];

describe('platform error catalog', () => {
  it('has complete entries: no empty text, a known channel, category and retry advice', () => {
    for (const entry of PLATFORM_ERROR_CATALOG) {
      const where = `${entry.channel}:${entry.code}`;
      for (const field of REQUIRED_TEXT)
        expect({ where, field, empty: entry[field].trim() === '' }).toEqual({ where, field, empty: false });
      expect(CHANNELS).toContain(entry.channel);
      expect(PLATFORM_ERROR_CATEGORIES).toContain(entry.category);
      expect(RETRY_ADVICE).toContain(entry.retry);
      expect(typeof entry.countsAgainstQuality).toBe('boolean');
      expect(entry.reference).toMatch(/^https:\/\//);
      for (const alias of entry.aliases ?? []) expect(alias.trim()).not.toBe('');
      if (entry.whenTitleContains !== undefined) expect(entry.whenTitleContains.trim()).not.toBe('');
    }
  });

  it('has codes unique per channel (and title variant), and aliases that name one entry and no code', () => {
    const codes = new Set<string>();
    const aliases = new Set<string>();
    for (const entry of PLATFORM_ERROR_CATALOG) {
      const key = `${entry.channel}|${entry.code.toLowerCase()}|${entry.whenTitleContains?.toLowerCase() ?? ''}`;
      expect({ key, duplicate: codes.has(key) }).toEqual({ key, duplicate: false });
      codes.add(key);
      for (const alias of entry.aliases ?? []) {
        const aliasKey = `${entry.channel}|${alias.toLowerCase()}`;
        expect({ aliasKey, duplicate: aliases.has(aliasKey) }).toEqual({ aliasKey, duplicate: false });
        aliases.add(aliasKey);
      }
    }
    const plainCodes = new Set(PLATFORM_ERROR_CATALOG.map((e) => `${e.channel}|${e.code.toLowerCase()}`));
    expect([...aliases].filter((a) => plainCodes.has(a))).toEqual([]);
  });

  it('has a plain fallback entry for every code that is split by title', () => {
    const variants = PLATFORM_ERROR_CATALOG.filter((e) => e.whenTitleContains);
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      const fallback = PLATFORM_ERROR_CATALOG.find(
        (e) => e.channel === v.channel && e.code === v.code && !e.whenTitleContains,
      );
      expect({ code: `${v.channel}:${v.code}`, hasFallback: fallback !== undefined }).toEqual({
        code: `${v.channel}:${v.code}`,
        hasFallback: true,
      });
    }
  });

  it('covers the WhatsApp codes the product promises', () => {
    const whatsapp = new Set(PLATFORM_ERROR_CATALOG.filter((e) => e.channel === 'whatsapp').map((e) => e.code));
    expect(WHATSAPP_REQUIRED.filter((code) => !whatsapp.has(code))).toEqual([]);
  });

  it('covers the common failure reasons of the other channels', () => {
    const codes = (channel: string) => PLATFORM_ERROR_CATALOG.filter((e) => e.channel === channel).map((e) => e.code);
    expect(codes('telegram')).toEqual(expect.arrayContaining(['400', '403', '429']));
    expect(codes('viber')).toEqual(expect.arrayContaining(['5', '6', '11', '12']));
    expect(codes('messenger')).toEqual(expect.arrayContaining(['10', '551']));
    expect(codes('instagram')).toEqual(expect.arrayContaining(['10', '551']));
    expect(codes('email')).toEqual(expect.arrayContaining(['hard_bounce', 'soft_bounce', 'complaint']));
    expect(codes('sms').length).toBeGreaterThan(0);
  });
});
