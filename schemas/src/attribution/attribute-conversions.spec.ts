import { attributeConversions, type AttributionTouch } from './attribute-conversions';
import { thrownCode } from './testing/thrown-code';

const CONVERSION_AT = '2025-03-10T12:00:00.000Z';

function first(id: string, at: string, campaignId: string | null, contactId = 'c1'): AttributionTouch {
  return { id, contactId, kind: 'first_message', at, campaignId };
}

function reply(id: string, sentAt: string, at: string, campaignId: string): AttributionTouch {
  return { id, contactId: 'c1', kind: 'campaign_reply', sentAt, at, campaignId };
}

const conversion = (at = CONVERSION_AT, id = 'order-1', contactId = 'c1') => ({ id, contactId, at });

describe('attributeConversions', () => {
  describe('window boundaries (7 days = exactly 168 hours)', () => {
    it('counts a touch exactly 7 days before the conversion and not one millisecond earlier', () => {
      const edge = [first('t-edge', '2025-03-03T12:00:00.000Z', 'A')];
      const outside = [first('t-out', '2025-03-03T11:59:59.999Z', 'A')];
      expect(attributeConversions(edge, [conversion()], { model: 'last_touch' })).toEqual([
        { conversionId: 'order-1', touchId: 't-edge', campaignId: 'A' },
      ]);
      expect(attributeConversions(outside, [conversion()], { model: 'last_touch' })).toEqual([
        { conversionId: 'order-1', touchId: null, campaignId: null },
      ]);
    });

    it('counts a touch at the same instant as the conversion and never one after it', () => {
      expect(
        attributeConversions([first('t-same', CONVERSION_AT, 'A')], [conversion()], { model: 'last_touch' })[0].touchId,
      ).toBe('t-same');
      expect(
        attributeConversions([first('t-after', '2025-03-10T12:00:00.001Z', 'A')], [conversion()], {
          model: 'first_touch',
        })[0].touchId,
      ).toBeNull();
    });

    it('uses the tenant’s window', () => {
      const touches = [first('t-2d', '2025-03-08T12:00:00.000Z', 'A')];
      expect(
        attributeConversions(touches, [conversion()], { model: 'last_touch', windowDays: 1 })[0].campaignId,
      ).toBeNull();
      expect(attributeConversions(touches, [conversion()], { model: 'last_touch', windowDays: 2 })[0].campaignId).toBe(
        'A',
      );
    });
  });

  describe('several touches', () => {
    const touches = [
      first('t0', '2025-02-20T09:00:00.000Z', 'D'), // 18 days before: outside
      first('t1', '2025-03-04T09:00:00.000Z', 'A'),
      first('t2', '2025-03-06T09:00:00.000Z', null),
      first('t3', '2025-03-08T09:00:00.000Z', 'B'),
      first('t4', '2025-03-11T09:00:00.000Z', 'C'), // after the conversion
      first('x1', '2025-03-09T09:00:00.000Z', 'E', 'someone-else'),
    ];

    it('last touch takes the latest touch in the window, first touch the earliest', () => {
      expect(attributeConversions(touches, [conversion()], { model: 'last_touch' })).toEqual([
        { conversionId: 'order-1', touchId: 't3', campaignId: 'B' },
      ]);
      expect(attributeConversions(touches, [conversion()], { model: 'first_touch' })).toEqual([
        { conversionId: 'order-1', touchId: 't1', campaignId: 'A' },
      ]);
    });

    it('gives an organic last touch no campaign', () => {
      const conversions = [conversion('2025-03-07T00:00:00.000Z')];
      expect(attributeConversions(touches, conversions, { model: 'last_touch' })).toEqual([
        { conversionId: 'order-1', touchId: 't2', campaignId: null },
      ]);
    });

    it('attributes each of a contact’s conversions on its own, in the order given, and only to its own touches', () => {
      const conversions = [
        conversion('2025-03-12T00:00:00.000Z', 'order-2'),
        conversion('2025-03-05T00:00:00.000Z', 'order-1'),
        conversion('2025-03-10T00:00:00.000Z', 'order-3', 'someone-else'),
        conversion('2025-02-19T00:00:00.000Z', 'order-0'),
      ];
      expect(attributeConversions(touches, conversions, { model: 'last_touch' })).toEqual([
        { conversionId: 'order-2', touchId: 't4', campaignId: 'C' },
        { conversionId: 'order-1', touchId: 't1', campaignId: 'A' },
        { conversionId: 'order-3', touchId: 'x1', campaignId: 'E' },
        { conversionId: 'order-0', touchId: null, campaignId: null },
      ]);
    });
  });

  describe('ties at the same instant', () => {
    const at = '2025-03-09T10:00:00.000Z';

    it('prefers a campaign touch over an organic one, then the smaller id, whatever the input order', () => {
      const touches = [first('t-organic', at, null), first('t-b', at, 'B'), first('t-a', at, 'A')];
      for (const order of [touches, [...touches].reverse(), [touches[1], touches[0], touches[2]]]) {
        expect(attributeConversions(order, [conversion()], { model: 'last_touch' })[0].touchId).toBe('t-a');
        expect(attributeConversions(order, [conversion()], { model: 'first_touch' })[0].touchId).toBe('t-a');
      }
    });

    it('uses the tie order only among touches at the latest (or earliest) instant', () => {
      const touches = [
        first('t-a', '2025-03-08T10:00:00.000Z', 'A'),
        first('t-z', at, 'Z'),
        first('t-organic', at, null),
      ];
      expect(attributeConversions(touches, [conversion()], { model: 'last_touch' })[0].touchId).toBe('t-z');
      expect(attributeConversions(touches, [conversion()], { model: 'first_touch' })[0].touchId).toBe('t-a');
    });
  });

  describe('replies to outbound campaign messages', () => {
    it('counts a reply as a touch at the reply time when it came within the window after the send', () => {
      const touches = [reply('r1', '2025-03-01T09:00:00.000Z', '2025-03-05T09:00:00.000Z', 'NEWSLETTER')];
      expect(attributeConversions(touches, [conversion()], { model: 'last_touch' })[0]).toEqual({
        conversionId: 'order-1',
        touchId: 'r1',
        campaignId: 'NEWSLETTER',
      });
    });

    it('counts a reply exactly 7 days after the send, but not a later one', () => {
      const edge = reply('r-edge', '2025-03-02T09:00:00.000Z', '2025-03-09T09:00:00.000Z', 'N');
      const late = reply('r-late', '2025-03-02T08:59:59.999Z', '2025-03-09T09:00:00.000Z', 'N');
      expect(attributeConversions([edge], [conversion()], { model: 'last_touch' })[0].touchId).toBe('r-edge');
      expect(attributeConversions([late], [conversion()], { model: 'last_touch' })[0].touchId).toBeNull();
    });

    it('ignores a reply without a send time or before its send', () => {
      const touches: AttributionTouch[] = [
        { id: 'r-nosend', contactId: 'c1', kind: 'campaign_reply', at: '2025-03-09T09:00:00.000Z', campaignId: 'N' },
        reply('r-backwards', '2025-03-09T10:00:00.000Z', '2025-03-09T09:00:00.000Z', 'N'),
      ];
      expect(attributeConversions(touches, [conversion()], { model: 'last_touch' })[0].touchId).toBeNull();
    });

    it('competes with inbound touches by time', () => {
      const touches = [
        first('t-ad', '2025-03-07T09:00:00.000Z', 'AD'),
        reply('r1', '2025-03-06T09:00:00.000Z', '2025-03-08T09:00:00.000Z', 'N'),
      ];
      expect(attributeConversions(touches, [conversion()], { model: 'last_touch' })[0].campaignId).toBe('N');
      expect(attributeConversions(touches, [conversion()], { model: 'first_touch' })[0].campaignId).toBe('AD');
    });
  });

  describe('bad input', () => {
    it('treats unparsable times as no touch and an unparsable conversion time as organic', () => {
      const touches = [first('t-bad', 'yesterday', 'A'), first('t-ok', '2025-03-09T00:00:00.000Z', 'B')];
      expect(
        attributeConversions(touches, [conversion(), conversion('soon', 'order-2')], { model: 'first_touch' }),
      ).toEqual([
        { conversionId: 'order-1', touchId: 't-ok', campaignId: 'B' },
        { conversionId: 'order-2', touchId: null, campaignId: null },
      ]);
    });

    it('rejects a window that is not a whole number of days from 1 to 366, and an unknown model', () => {
      for (const windowDays of [0, 1.5, 367, Number.NaN]) {
        expect(thrownCode(() => attributeConversions([], [], { model: 'last_touch', windowDays }))).toBe(
          'ATTRIBUTION_OPTIONS_INVALID',
        );
      }
      expect(thrownCode(() => attributeConversions([], [], { model: 'linear' as 'last_touch' }))).toBe(
        'ATTRIBUTION_OPTIONS_INVALID',
      );
      expect(thrownCode(() => attributeConversions([], [], { model: 'first_touch', windowDays: 366 }))).toBeUndefined();
    });
  });
});
