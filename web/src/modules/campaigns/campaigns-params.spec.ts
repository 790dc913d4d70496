import { drillIdentity, parseView, withView } from './campaigns-params';

describe('Campaigns page URL parameters', () => {
  it('defaults to last touch grouped by campaign with nothing drilled into', () => {
    expect(parseView(new URLSearchParams('days=7'))).toEqual({ model: 'LAST_TOUCH', group: 'CAMPAIGN', drill: null });
    expect(parseView(new URLSearchParams('model=nonsense&group=fax')).model).toBe('LAST_TOUCH');
  });

  it('reads the model, the grouping and a drill-down (a reload restores them)', () => {
    const view = parseView(
      new URLSearchParams('model=first-touch&group=Source&drill=conversions&drillBy=campaign&drillKey=spring%7C24'),
    );
    expect(view).toEqual({
      model: 'FIRST_TOUCH',
      group: 'SOURCE',
      drill: { rows: 'conversions', dimension: 'CAMPAIGN', key: 'spring|24' },
    });
    expect(parseView(new URLSearchParams('drill=conversations&drillDate=2026-03-01')).drill).toEqual({
      rows: 'conversations',
      date: '2026-03-01',
    });
    expect(
      parseView(new URLSearchParams('drill=messages&drillBy=campaign&drillKey=promo&drillStatus=read')).drill,
    ).toEqual({ rows: 'messages', dimension: 'CAMPAIGN', key: 'promo', status: 'read' });
  });

  it('opens nothing for a malformed drill-down rather than a wrong list', () => {
    const drill = (query: string) => parseView(new URLSearchParams(query)).drill;
    expect(drill('drill=orders&drillBy=campaign&drillKey=a')).toBeNull();
    expect(drill('drill=conversions')).toBeNull();
    expect(drill('drill=conversions&drillDate=2026-02-30')).toBeNull();
    expect(drill('drill=conversions&drillBy=team&drillKey=a')).toBeNull();
    // Messages are listed per campaign only.
    expect(drill('drill=messages&drillBy=channel&drillKey=sms')).toBeNull();
    // The empty key is a key (messages without a campaign), not a missing one.
    expect(drill('drill=conversions&drillBy=campaign&drillKey=')).toEqual({
      rows: 'conversions',
      dimension: 'CAMPAIGN',
      key: '',
    });
  });

  it('writes the view next to the filter, leaving defaults out, and round-trips a drill-down', () => {
    const start = new URLSearchParams('days=7&channel=whatsapp');
    const first = withView(start, { model: 'FIRST_TOUCH', group: 'CHANNEL' });
    expect(first.toString()).toBe('days=7&channel=whatsapp&model=first-touch&group=channel');
    expect(withView(first, { model: 'LAST_TOUCH', group: 'CAMPAIGN' }).toString()).toBe('days=7&channel=whatsapp');

    const drill = { rows: 'conversions' as const, dimension: 'SOURCE' as const, key: 'ad', date: '2026-03-02' };
    const drilled = withView(first, { drill });
    expect(parseView(drilled)).toEqual({ model: 'FIRST_TOUCH', group: 'CHANNEL', drill });
    const closed = withView(drilled, { drill: null });
    expect(closed.toString()).toBe(first.toString());
  });

  it('tells drill-downs apart so a list restarts at page 1 for another element', () => {
    const a = drillIdentity({ rows: 'conversions', dimension: 'CAMPAIGN', key: 'a' });
    expect(a).not.toBe(drillIdentity({ rows: 'conversations', dimension: 'CAMPAIGN', key: 'a' }));
    expect(a).not.toBe(drillIdentity({ rows: 'conversions', dimension: 'CAMPAIGN', key: 'a', date: '2026-03-01' }));
  });
});
