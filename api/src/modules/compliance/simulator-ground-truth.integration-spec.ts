import type { CanonicalEvent } from '@checkmark/schemas';
import { VIOLATION_KINDS, type ViolationKind } from '@checkmark/schemas/compliance';
import { createPseudonymiser, processValue } from '@checkmark/schemas/pipeline';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
// The simulator is the product's own traffic generator; its ground truth is the oracle here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_TIME_ZONE, generateEvents, type ExpectedViolation } from '@checkmark/ingest/src/simulator';
import { ConsentRepository } from '../consent/consent.repository';
import { ConsentViolationDetector } from '../consent/consent-violation.detector';
import { ContentDetector } from './detection/content.detector';
import { DetectionWarehouseRepository } from './detection/detection-warehouse.repository';
import { FrequencyCapDetector } from './detection/frequency-cap.detector';
import { OutsideWindowDetector } from './detection/outside-window.detector';
import { PlatformEnforcementDetector } from './detection/platform-enforcement.detector';
import { QuietHoursDetector } from './detection/quiet-hours.detector';
import type { DetectedViolation, ViolationDetector } from './detection/violation-detector';
import { DEFAULT_COMPLIANCE_SETTINGS } from './settings/compliance-settings-defaults';

const TENANT = 'tenant_simulated';
const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 23);
const DAYS = 12;

/**
 * The simulator's planted violations against the real detectors: a simulated fortnight (crossing the March DST
 * change) goes through the ingestion pipeline (validation, country from the phone number, pseudonymisation) into
 * chDB, every detector runs over it with the default settings, and what they find must be exactly the ground
 * truth's list — every planted violation, and nothing on the clean traffic.
 */
describe('compliance detection on simulated traffic (chDB)', () => {
  let warehouse: TestWarehouse;
  const pseudonymiser = createPseudonymiser('simulator-ground-truth-test-key');
  const sim = generateEvents({ seed: 20260323, events: 40_000, days: DAYS, startMs: START, tenantId: TENANT });
  const expected: ExpectedViolation[] = [];
  let detectors: ViolationDetector[];
  const runs = new Map<ViolationDetector, Promise<DetectedViolation[]>>();
  const ctx = { tenantId: TENANT, timeZone: DEMO_TIME_ZONE, settings: DEFAULT_COMPLIANCE_SETTINGS };
  const range = { from: new Date(START - DAY), to: new Date(START + (DAYS + 10) * DAY) };

  /** What the detector of a kind finds over the whole simulated period (each detector runs once). */
  const detect = (kind: ViolationKind): Promise<DetectedViolation[]> => {
    const detector = detectors.find((d) => d.kinds.includes(kind))!;
    let run = runs.get(detector);
    if (!run) runs.set(detector, (run = detector.detect(ctx, range)));
    return run;
  };

  beforeAll(async () => {
    warehouse = await testWarehouse();
    const stored: CanonicalEvent[] = [];
    for (const event of sim) {
      const result = processValue(event, { pseudonymiser, tenantId: TENANT });
      if (result.kind !== 'ok') throw new Error(`simulated event rejected: ${JSON.stringify(result)}`);
      stored.push(result.value);
    }
    for (let i = 0; i < stored.length; i += 5_000) await warehouse.sink.insertEvents(stored.slice(i, i + 5_000));
    expected.push(...sim.truth.expectedViolations);
    const repository = new DetectionWarehouseRepository(warehouse);
    detectors = [
      new ConsentViolationDetector(new ConsentRepository(warehouse)),
      new OutsideWindowDetector(repository),
      new ContentDetector(repository),
      new FrequencyCapDetector(repository),
      new QuietHoursDetector(repository),
      new PlatformEnforcementDetector(repository),
    ];
  }, 300_000);

  afterAll(async () => {
    await dropTestDatabase(warehouse);
  });

  const keysOf = (list: readonly { kind: ViolationKind; key: string }[], kind: ViolationKind) =>
    list
      .filter((v) => v.kind === kind)
      .map((v) => v.key)
      .sort();

  it("stores the country of phone-number contacts only, as the simulator's countries", async () => {
    const rows = await warehouse.query<{ channel: string; contact_country: string; n: string }>(
      `SELECT channel, contact_country, count() AS n FROM \`${warehouse.database}\`.events
       WHERE tenant_id = {tenant:String} AND contact_id != '' GROUP BY channel, contact_country`,
      { tenant: TENANT },
    );
    const countries = (channel: string) =>
      rows
        .filter((r) => r.channel === channel)
        .map((r) => r.contact_country)
        .sort();
    for (const channel of ['telegram', 'messenger', 'instagram', 'vk', 'email'])
      expect(countries(channel)).toEqual(['']);
    const simulated = sim.truth.toJSON() as { catalog: { countries: { code: string }[] } };
    const known = new Set([...simulated.catalog.countries.map((c) => c.code), 'GG', 'JE', 'IM']);
    for (const channel of ['sms', 'viber']) {
      expect(countries(channel).length).toBeGreaterThan(3);
      for (const country of countries(channel)) expect(known).toContain(country);
    }
    // WhatsApp username users arrive with a business-scoped id: no country.
    expect(countries('whatsapp')).toContain('');
    expect(
      countries('whatsapp')
        .filter((c) => c !== '')
        .every((c) => known.has(c)),
    ).toBe(true);
  });

  it('plants every kind', () => {
    for (const kind of new Set(expected.map((v) => v.kind))) expect(keysOf(expected, kind).length).toBeGreaterThan(0);
    expect(new Set(expected.filter((v) => v.planted).map((v) => v.kind)).size).toBe(VIOLATION_KINDS.length);
  });

  it.each(VIOLATION_KINDS)(
    '%s: detected exactly where the simulator planted it (or the platform reported it)',
    async (kind) => {
      const found = await detect(kind);
      expect(keysOf(found, kind)).toEqual(keysOf(expected, kind));
      const byKey = new Map(found.map((v) => [v.key, v]));
      for (const v of expected.filter((e) => e.kind === kind)) {
        const hit = byKey.get(v.key)!;
        expect({
          occurredAt: hit.occurredAt.toISOString(),
          channel: hit.channel,
          messageId: hit.messageId,
          contactId: hit.contactId,
        }).toEqual({
          occurredAt: v.occurredAt,
          channel: v.channel,
          messageId: v.messageId,
          contactId: v.contact === null ? hit.contactId : pseudonymiser.contactId(TENANT, v.contact),
        });
      }
    },
    120_000,
  );
});
