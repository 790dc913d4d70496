import { consentStatesAt, type ConsentFact } from './consent-states';

const fact = (id: string, occurredMs: number, action: string, purpose: string, method = 'web_form'): ConsentFact => ({
  id,
  occurredMs,
  channel: 'whatsapp',
  action,
  purpose,
  method,
});

const stateOf = (facts: ConsentFact[], at: number, inbound: [string, number][] = []) =>
  consentStatesAt(facts, ['whatsapp'], new Map(inbound), at).map((s) => [s.purpose, s.state, s.eventId, s.blocked]);

describe('consentStatesAt', () => {
  it('takes the latest event of the purpose or "all" at or before the instant', () => {
    const facts = [fact('a', 100, 'opt_in', 'all'), fact('b', 200, 'opt_out', 'marketing', 'keyword')];
    expect(stateOf(facts, 99)).toEqual([
      ['marketing', 'none', null, false],
      ['service', 'none', null, false],
    ]);
    expect(stateOf(facts, 100)).toEqual([
      ['marketing', 'granted', 'a', false],
      ['service', 'granted', 'a', false],
    ]);
    expect(stateOf(facts, 200)).toEqual([
      ['marketing', 'withdrawn', 'b', false],
      ['service', 'granted', 'a', false],
    ]);
  });

  it('in one millisecond the greater id wins', () => {
    expect(stateOf([fact('y', 100, 'opt_in', 'marketing'), fact('x', 100, 'opt_out', 'marketing')], 100)[0]).toEqual([
      'marketing',
      'granted',
      'y',
      false,
    ]);
  });

  it('a block lasts until the contact writes again after it', () => {
    const facts = [fact('a', 100, 'opt_in', 'all'), fact('blk', 200, 'opt_out', 'all', 'block')];
    expect(stateOf(facts, 300, [['whatsapp', 150]])[0][3]).toBe(true);
    expect(stateOf(facts, 300, [['whatsapp', 200]])[0][3]).toBe(true);
    expect(stateOf(facts, 300, [['whatsapp', 201]])[0][3]).toBe(false);
    // A later opt-in of any purpose is the latest event: no longer blocked.
    expect(stateOf([...facts, fact('c', 250, 'opt_in', 'service')], 300)[0][3]).toBe(false);
    // Other channels' facts do not count.
    expect(consentStatesAt(facts, ['sms'], new Map(), 300).map((s) => [s.state, s.blocked])).toEqual([
      ['none', false],
      ['none', false],
    ]);
  });
});
