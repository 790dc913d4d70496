import { Injectable } from '@nestjs/common';
import { principalTimeZone } from '@checkmark/schemas/compliance';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { ruleVersion } from './rule-versions';
import { sentMessageViolation } from './sent-message-violation';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

/**
 * QUIET_HOURS: marketing sends inside the tenant's quiet window on the contact's local clock — the principal time
 * zone of the contact's country, else the tenant's time zone. The range's countries are read first and grouped by
 * zone, so one warehouse query converts every send with its contact's zone.
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
    const zones = [...countriesByZone].map(([tz, countries]) => ({ tz, countries }));
    const rows = await this.warehouse.quietHours(ctx.tenantId, range, zones, ctx.timeZone, {
      startMinute: quiet.startMinute,
      endMinute: quiet.endMinute,
    });
    const version = ruleVersion('QUIET_HOURS', ctx.settings.revision);
    return rows.map((row) => {
      const zone = zones[row.zone_index];
      return sentMessageViolation(row, {
        kind: 'QUIET_HOURS',
        severity: 'low',
        ruleVersion: version,
        evidence: {
          localTime: row.local_time,
          timeZone: zone?.tz ?? ctx.timeZone,
          timeZoneSource: zone ? 'contact_country' : 'tenant',
          contactCountry: row.contact_country || null,
          quietFrom: minuteOfDay(quiet.startMinute),
          quietTo: minuteOfDay(quiet.endMinute),
        },
      });
    });
  }
}

function minuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
