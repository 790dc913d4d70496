import type { CampaignCodesView } from '@checkmark/schemas/attribution';
import type { TouchSignatureRow } from './queries/touch-signatures.query';
import { SignatureMatchCache } from './signature-match-cache';
import { knownCodeNeedles } from './source-matching';

const campaign = (key: string, extra: Partial<CampaignCodesView>): CampaignCodesView => ({
  id: `id_${key}`,
  key,
  channel: null,
  codes: [],
  startsOn: null,
  endsOn: null,
  ...extra,
});

const row = (sig: string, extra: Partial<TouchSignatureRow>): TouchSignatureRow => ({
  sig,
  channel: 'whatsapp',
  at_ms: String(Date.parse('2025-03-10T12:00:00.000Z')),
  kind: 'organic',
  ad_id: '',
  payload: '',
  ref: '',
  context: '',
  utm_source: '',
  utm_medium: '',
  utm_campaign: '',
  codes: [],
  text: '',
  ...extra,
});

const matchSignatures = (...args: Parameters<SignatureMatchCache['match']>) => new SignatureMatchCache().match(...args);

describe('matching signatures (SignatureMatchCache)', () => {
  const campaigns = [
    campaign('ads', { codes: [{ kind: 'ad_id', value: 'ad_1' }], startsOn: '2025-03-11' }),
    campaign('qr', { channel: 'whatsapp', codes: [{ kind: 'qr_code', value: 'QR-STORE-24' }] }),
    campaign('tg', { channel: 'telegram', codes: [{ kind: 'deep_link_payload', value: 'p1' }] }),
  ];

  it('applies matchCampaign: codes, channels and dates in the tenant time zone', () => {
    const result = matchSignatures(
      [
        // 10 March 23:30 UTC is 11 March in Kyiv: within the ad campaign's dates there, not in UTC.
        row('late', { kind: 'ad', ad_id: 'ad_1', at_ms: String(Date.parse('2025-03-10T23:30:00.000Z')) }),
        row('early', { kind: 'ad', ad_id: 'ad_1' }),
        row('tg_on_wa', { kind: 'deeplink', payload: 'p1' }),
        row('tg', { kind: 'deeplink', payload: 'p1', channel: 'telegram' }),
      ],
      campaigns,
      'Europe/Kyiv',
    );
    expect([...result.campaignBySig]).toEqual([
      ['late', 'ads'],
      ['tg', 'tg'],
    ]);
    expect(result.kindBySig.size).toBe(0);
  });

  it('finds campaign codes written without a marker in the text, as whole words, ignoring case and width', () => {
    const result = matchSignatures(
      [
        row('plain', { text: 'Hallo! qr-store-24' }),
        row('wide', { text: 'ＱＲ－ＳＴＯＲＥ－２４ please' }),
        row('glued', { text: 'QR-STORE-245' }),
      ],
      campaigns,
      'UTC',
    );
    expect([...result.campaignBySig]).toEqual([
      ['plain', 'qr'],
      ['wide', 'qr'],
    ]);
    expect([...result.kindBySig]).toEqual([
      ['plain', 'prefill_code'],
      ['wide', 'prefill_code'],
    ]);
  });

  it('remembers results per signature, campaigns and zone, and forgets the oldest beyond its capacity', () => {
    const cache = new SignatureMatchCache(2);
    const ad = row('s1', { kind: 'ad', ad_id: 'ad_1', at_ms: String(Date.parse('2025-03-12T12:00:00.000Z')) });
    expect([...cache.match([ad], campaigns, 'UTC').campaignBySig]).toEqual([['s1', 'ads']]);
    // The same signature is not matched again (a row can only differ here because the test forges it).
    const forged = { ...ad, ad_id: 'other' };
    expect([...cache.match([forged], campaigns, 'UTC').campaignBySig]).toEqual([['s1', 'ads']]);
    // Other campaigns or another zone are another key: nothing stale is used.
    const renamed = campaigns.map((c) => (c.key === 'ads' ? { ...c, key: 'ads_2025' } : c));
    expect([...cache.match([ad], renamed, 'UTC').campaignBySig]).toEqual([['s1', 'ads_2025']]);
    expect([...cache.match([forged], campaigns, 'Europe/Kyiv').campaignBySig]).toEqual([]);
    // Capacity 2: the first entry was forgotten.
    expect(cache.size).toBe(2);
    expect([...cache.match([forged], campaigns, 'UTC').campaignBySig]).toEqual([]);
  });

  it('searches the warehouse for each code as entered and in full width', () => {
    expect(knownCodeNeedles(campaigns)).toEqual(['QR-STORE-24', 'ＱＲ－ＳＴＯＲＥ－２４']);
    expect(knownCodeNeedles([campaigns[0]])).toEqual([]);
  });
});
