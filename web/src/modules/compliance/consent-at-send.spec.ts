import type { ConsentAtSendQuery } from '@web/generated/graphql';
import { hiddenEntries, ledgerAroundSend } from './consent-at-send';

type Entry = ConsentAtSendQuery['consentLedger']['entries'][number];
const entry = (id: string, occurredAt: string, action: Entry['action'] = 'OPT_IN'): Entry => ({
  id,
  occurredAt,
  action,
  channel: 'WHATSAPP',
  purpose: 'MARKETING',
  method: 'web_form',
  source: 'events_api',
  accountId: 'wa-1',
});

describe('consent ledger around a send', () => {
  const sentAt = '2026-03-10T10:00:00.000Z';

  it('places the send after entries of the same millisecond and before later ones', () => {
    const lines = ledgerAroundSend(
      [
        entry('later', '2026-03-10T10:00:00.001Z'),
        entry('same', sentAt, 'OPT_OUT'),
        entry('before', '2026-03-01T00:00:00Z'),
      ],
      sentAt,
    );
    expect(lines.map((l) => (l.kind === 'send' ? 'SEND' : l.entry.id))).toEqual(['before', 'same', 'SEND', 'later']);
  });

  it('keeps three entries on either side and counts the rest', () => {
    const entries = [1, 2, 3, 4, 5].map((d) => entry(`b${d}`, `2026-03-0${d}T00:00:00Z`));
    entries.push(...[11, 12, 13, 14].map((d) => entry(`a${d}`, `2026-03-${d}T00:00:00Z`)));
    const lines = ledgerAroundSend(entries, sentAt);
    expect(lines.map((l) => (l.kind === 'send' ? 'SEND' : l.entry.id))).toEqual([
      'b3',
      'b4',
      'b5',
      'SEND',
      'a11',
      'a12',
      'a13',
    ]);
    expect(hiddenEntries(entries, sentAt)).toEqual({ before: 2, after: 1 });
  });

  it('shows the send alone when the contact has no entry', () => {
    expect(ledgerAroundSend([], sentAt)).toEqual([{ kind: 'send', at: sentAt }]);
    expect(hiddenEntries([], sentAt)).toEqual({ before: 0, after: 0 });
  });
});
