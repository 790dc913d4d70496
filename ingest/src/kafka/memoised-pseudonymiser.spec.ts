import { createPseudonymiser, type Pseudonymiser } from '@checkmark/schemas/pipeline';
import { memoisePseudonymiser } from './memoised-pseudonymiser';

describe('memoisePseudonymiser', () => {
  const real = createPseudonymiser('memo-test-key-0123456789');
  const counting = (): Pseudonymiser & { calls: number } => {
    const spy = { calls: 0, contactId: (tenant: string, raw: string) => (spy.calls++, real.contactId(tenant, raw)) };
    return spy;
  };

  it('answers exactly what the pseudonymiser answers, per tenant', () => {
    const memo = memoisePseudonymiser(real);
    for (const [tenant, raw] of [
      ['t1', '+49 151 2345'],
      ['t2', '+49 151 2345'],
      ['t1', 'a@b.de'],
      ['t1', '+49 151 2345'],
    ]) {
      expect(memo.contactId(tenant, raw)).toBe(real.contactId(tenant, raw));
    }
    expect(memo.contactId('t1', 'x')).not.toBe(memo.contactId('t2', 'x'));
  });

  it('computes a repeated contact once', () => {
    const inner = counting();
    const memo = memoisePseudonymiser(inner);
    for (let i = 0; i < 5; i++) memo.contactId('t1', '491512345');
    memo.contactId('t1', '491519999');
    expect(inner.calls).toBe(2);
  });

  it('stays bounded and correct past its size', () => {
    const inner = counting();
    const memo = memoisePseudonymiser(inner, 2);
    const ids = ['1111111', '2222222', '3333333', '1111111'];
    expect(ids.map((id) => memo.contactId('t', id))).toEqual(ids.map((id) => real.contactId('t', id)));
    expect(inner.calls).toBe(4);
  });
});
