import { evidenceFor } from './evidence-text';

describe('evidenceFor', () => {
  const evidence = { category: 'weapons', matchedPhrase: 'pistol', snippet: 'buy a pistol today', language: 'en' };

  it('keeps message text for admin and compliance', () => {
    expect(evidenceFor(evidence, 'admin')).toBe(evidence);
    expect(evidenceFor(evidence, 'compliance')).toBe(evidence);
  });

  it('nulls the snippet and the matched phrase for every other role, keeping the rest', () => {
    for (const role of ['manager', 'marketer', 'viewer'] as const) {
      expect(evidenceFor(evidence, role)).toEqual({
        category: 'weapons',
        matchedPhrase: null,
        snippet: null,
        language: 'en',
      });
    }
    expect(evidenceFor({ lastInboundAt: null }, 'manager')).toEqual({ lastInboundAt: null });
  });
});
