import { timelinePoints } from './tier-timeline-data';

const change = (occurredAt: string, patch: { qualityRating?: string | null; messagingLimit?: string | null }) => ({
  id: occurredAt,
  occurredAt,
  event: null,
  scope: 'phone',
  qualityRating: null,
  previousQualityRating: null,
  status: null,
  messagingLimit: null,
  previousMessagingLimit: null,
  ...patch,
});

describe('tier timeline points', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('keeps the last reported limit and quality where an event leaves one out, and runs to now', () => {
    const points = timelinePoints(
      [
        change('2026-03-01T08:00:00Z', { qualityRating: 'GREEN', messagingLimit: 'TIER_1K' }),
        change('2026-03-04T09:30:00Z', { qualityRating: 'YELLOW' }),
        change('2026-03-06T10:00:00Z', { messagingLimit: 'TIER_10K' }),
      ],
      now,
    );
    expect(points).toEqual([
      { at: Date.parse('2026-03-01T08:00:00Z'), limit: 'TIER_1K', limitLevel: 3, quality: 'GREEN', qualityLevel: 3 },
      { at: Date.parse('2026-03-04T09:30:00Z'), limit: 'TIER_1K', limitLevel: 3, quality: 'YELLOW', qualityLevel: 2 },
      { at: Date.parse('2026-03-06T10:00:00Z'), limit: 'TIER_10K', limitLevel: 5, quality: 'YELLOW', qualityLevel: 2 },
      { at: now.getTime(), limit: 'TIER_10K', limitLevel: 5, quality: 'YELLOW', qualityLevel: 2 },
    ]);
  });

  it('leaves unknown quality and an unset limit without a height', () => {
    const points = timelinePoints(
      [change('2026-03-01T08:00:00Z', { qualityRating: 'UNKNOWN', messagingLimit: 'TIER_NOT_SET' })],
      now,
    );
    expect(points[0]).toMatchObject({
      limitLevel: null,
      qualityLevel: null,
      quality: 'UNKNOWN',
      limit: 'TIER_NOT_SET',
    });
    expect(
      timelinePoints(
        [change('2026-03-01T08:00:00Z', { qualityRating: 'RED', messagingLimit: 'TIER_UNLIMITED' })],
        now,
      )[0],
    ).toMatchObject({ limitLevel: 7, qualityLevel: 1 });
  });

  it('has no points without history and no extra point when the last change is now', () => {
    expect(timelinePoints([], now)).toEqual([]);
    expect(timelinePoints([change(now.toISOString(), { qualityRating: 'GREEN' })], now)).toHaveLength(1);
  });
});
