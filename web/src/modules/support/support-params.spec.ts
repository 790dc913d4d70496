import { breachIdentity, parseView, withView } from './support-params';

const view = (search: string) => parseView(new URLSearchParams(search));

describe('support page URL parameters', () => {
  it('defaults to business hours, teams, days and first response with no list open', () => {
    expect(view('')).toEqual({
      basis: 'BUSINESS',
      group: 'TEAM',
      trend: 'DAY',
      metric: 'FIRST_RESPONSE',
      breach: null,
    });
  });

  it('reads every choice and the open breach list, ignoring unknown values', () => {
    expect(
      view('basis=business&group=account&trend=week&metric=resolution&breach=next-reply&breachBy=agent&breachKey=a1'),
    ).toEqual({
      basis: 'BUSINESS',
      group: 'ACCOUNT',
      trend: 'WEEK',
      metric: 'RESOLUTION',
      breach: { kind: 'NEXT_REPLY', by: 'agent', key: 'a1' },
    });
    expect(view('basis=weekly&group=agent&breach=late')).toEqual(view(''));
    // A scope without its key lists everyone's breaches.
    expect(view('breach=resolution&breachBy=team').breach).toEqual({ kind: 'RESOLUTION' });
    expect(view('breach=resolution&breachBy=robot&breachKey=x').breach).toEqual({ kind: 'RESOLUTION' });
  });

  it('writes changes, leaving defaults out and keeping the global filter', () => {
    const start = new URLSearchParams('days=7&channel=whatsapp&basis=calendar');
    const next = withView(start, {
      basis: 'BUSINESS',
      trend: 'WEEK',
      breach: { kind: 'FIRST_RESPONSE', by: 'team', key: 't9' },
    });
    expect(next.toString()).toBe('days=7&channel=whatsapp&trend=week&breach=first-response&breachBy=team&breachKey=t9');
    expect(parseView(next).breach).toEqual({ kind: 'FIRST_RESPONSE', by: 'team', key: 't9' });
    const closed = withView(next, { breach: null });
    expect(closed.toString()).toBe('days=7&channel=whatsapp&trend=week');
    expect(withView(closed, { breach: { kind: 'RESOLUTION' } }).get('breachBy')).toBeNull();
  });

  it('gives each breach list its own identity', () => {
    expect(breachIdentity({ kind: 'RESOLUTION' })).not.toBe(
      breachIdentity({ kind: 'RESOLUTION', by: 'agent', key: 'a' }),
    );
    expect(breachIdentity({ kind: 'RESOLUTION', by: 'agent', key: 'a' })).not.toBe(
      breachIdentity({ kind: 'RESOLUTION', by: 'team', key: 'a' }),
    );
  });
});
