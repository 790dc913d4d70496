import { Injectable } from '@nestjs/common';
import { principalTimeZone } from '@checkmark/schemas/compliance';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { ruleVersion } from './rule-versions';
import { sentMessageViolation } from './sent-message-violation';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

/**
 * QUIET_HOURS: marketing sends inside the tenant's quiet window on the contact's local clock — the principal time
 * zone of the contact's country, else the tenant's time zone. One warehouse query per zone among the range's
 * contacts (ClickHouse needs a constant zone); the tenant's zone covers unknown and unmapped countries.
 */
@Injectable()
export class QuietHoursDetector implements ViolationDetector {
  readonly kinds = ['QUIET_HOURS'] as const;

  constructor(private readonly warehouse: DetectionWarehouseRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const quiet = ctx.settings.quietHours;
    if (!quiet.enabled || quiet.startMinute === quiet.endMinute) return [];
    const countriesByZone = new Map<string, string[]>();
    for (const country of await this.warehouse.quietHoursCountries(ctx.tenantId, range)) {
      const zone = country === '' ? undefined : principalTimeZone(country);
      if (zone === undefined) continue;
      countriesByZone.set(zone, [...(countriesByZone.get(zone) ?? []), country]);
    }
    const mapped = [...countriesByZone.values()].flat();
    const window = { startMinute: quiet.startMinute, endMinute: quiet.endMinute };
    const version = ruleVersion('QUIET_HOURS', ctx.settings.revision);
    const found: DetectedViolation[] = [];
    const lookups = [
      ...[...countriesByZone].map(([tz, countries]) => ({
        tz,
        countries,
        inCountries: true,
        source: 'contact_country',
      })),
      { tz: ctx.timeZone, countries: mapped, inCountries: false, source: 'tenant' },
    ];
    for (const { source, ...zone } of lookups) {
      for (const row of await this.warehouse.quietHours(ctx.tenantId, range, zone, window)) {
        found.push(
          sentMessageViolation(row, {
            kind: 'QUIET_HOURS',
            severity: 'low',
            ruleVersion: version,
            evidence: {
              localTime: row.local_time,
              timeZone: zone.tz,
              timeZoneSource: source,
              contactCountry: row.contact_country || null,
              quietFrom: minuteOfDay(quiet.startMinute),
              quietTo: minuteOfDay(quiet.endMinute),
            },
          }),
        );
      }
    }
    return found;
  }
}

function minuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
