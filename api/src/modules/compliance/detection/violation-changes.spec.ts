import type { StoredViolation } from './violation-changes';
import { violationChanges } from './violation-changes';
import type { DetectedViolation } from './violation-detector';

const RANGE = { from: new Date('2026-03-01T00:00:00.000Z'), to: new Date('2026-04-01T00:00:00.000Z') };
const KINDS = ['NO_CONSENT', 'OUTSIDE_WINDOW'];

function found(key: string, at = '2026-03-10T10:00:00.000Z', over: Partial<DetectedViolation> = {}): DetectedViolation {
  const [kind, messageId] = key.split(':') as [DetectedViolation['kind'], string];
  return {
    kind,
    severity: 'high',
    ruleVersion: `${kind}@1`,
    key,
    occurredAt: new Date(at),
    channel: 'whatsapp',
    accountId: 'wa_1',
    contactId: 'c_1',
    messageId,
    eventId: `sent:${messageId}`,
    campaignId: null,
    templateName: null,
    evidence: { a: 1 },
    ...over,
  };
}

function stored(violation: DetectedViolation, over: Partial<StoredViolation> = {}): StoredViolation {
  const { severity, ruleVersion, key, kind, occurredAt, evidence, channel, accountId, contactId } = violation;
  const { messageId, eventId, campaignId, templateName } = violation;
  return {
    id: `id-${key}`,
    ...{ severity, ruleVersion, key, kind, occurredAt, evidence, channel, accountId, contactId },
    ...{ messageId, eventId, campaignId, templateName },
    retractedAt: null,
    ...over,
  };
}

describe('violationChanges', () => {
  it('inserts new keys, leaves unchanged ones alone, updates changed ones', () => {
    const same = found('NO_CONSENT:m1');
    const changed = found('NO_CONSENT:m2');
    const changes = violationChanges(
      [stored(same), stored(changed, { ruleVersion: 'NO_CONSENT@0' })],
      [same, changed, found('OUTSIDE_WINDOW:m3')],
      RANGE,
      KINDS,
    );
    expect(changes.inserts.map((v) => v.key)).toEqual(['OUTSIDE_WINDOW:m3']);
    expect(changes.updates).toEqual([{ id: 'id-NO_CONSENT:m2', violation: changed, unretract: false }]);
    expect(changes.retractions).toEqual([]);
  });

  it('notices a change in evidence, severity or time', () => {
    const base = found('NO_CONSENT:m1');
    for (const over of [
      { evidence: { a: 2 } },
      { severity: 'critical' as const },
      { occurredAt: new Date('2026-03-10T10:00:00.001Z') },
    ]) {
      expect(violationChanges([stored(base)], [{ ...base, ...over }], RANGE, KINDS).updates).toHaveLength(1);
    }
  });

  it('retracts unretracted rows of the range and kinds not found; only those', () => {
    const rows = [
      stored(found('NO_CONSENT:gone')),
      stored(found('NO_CONSENT:already'), { retractedAt: new Date('2026-03-15T00:00:00.000Z') }),
      stored(found('NO_CONSENT:before', '2026-02-28T23:59:59.999Z')),
      stored(found('NO_CONSENT:at-end', '2026-04-01T00:00:00.000Z')),
      stored(found('QUIET_HOURS:other-kind')),
    ];
    expect(violationChanges(rows, [], RANGE, KINDS).retractions).toEqual(['id-NO_CONSENT:gone']);
  });

  it('un-retracts a retracted row found again; a key found twice counts once', () => {
    const back = found('NO_CONSENT:m1');
    const changes = violationChanges(
      [stored(back, { retractedAt: new Date('2026-03-15T00:00:00.000Z') })],
      [back, back],
      RANGE,
      KINDS,
    );
    expect(changes).toEqual({
      inserts: [],
      updates: [{ id: 'id-NO_CONSENT:m1', violation: back, unretract: true }],
      retractions: [],
    });
  });
});
