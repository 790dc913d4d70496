import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
import { WAREHOUSE, type WarehouseHandle } from '../../warehouse/warehouse';
import { activeMonthsQuery, type ActiveMonthRow } from '../queries/active-months.query';
import { contentMessagesQuery, type ContentMessageRow } from '../queries/content-messages.query';
import { contentTextsQuery, type ContentTextRow } from '../queries/content-texts.query';
import { detectionProgressQuery, type DetectionProgressRow } from '../queries/detection-progress.query';
import { frequencyCapQuery, type FrequencyCapRow } from '../queries/frequency-cap.query';
import { outsideWindowQuery, WINDOW_CHANNELS, type OutsideWindowRow } from '../queries/outside-window.query';
import { platformEnforcementQuery, type PlatformEnforcementRow } from '../queries/platform-enforcement.query';
import { quietHoursCountriesQuery, type QuietHoursCountryRow } from '../queries/quiet-hours-countries.query';
import { quietHoursQuery, type QuietHoursRow } from '../queries/quiet-hours.query';
import type { DetectionRange } from './violation-detector';

const HOUR_MS = 3_600_000;

/** Where late data begins and how far ingestion has got, in ms since the epoch; null when there are no events. */
export interface DetectionProgress {
  maxIngestedMs: number | null;
  earliestSinceMs: number | null;
  earliestMs: number | null;
}

const msOrNull = (value: string) => (value === '' ? null : Number(value));

/** The warehouse reads of the detection engine and of the detectors in this module, one method per query. */
@Injectable()
export class DetectionWarehouseRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  async progress(tenantId: string, since: Date | null): Promise<DetectionProgress> {
    const [row] = await queryRows<DetectionProgressRow>(
      this.warehouse.client,
      detectionProgressQuery(this.warehouse.database),
      { tenant: tenantId, sinceMs: since?.getTime() ?? 0 },
    );
    return {
      maxIngestedMs: msOrNull(row?.max_ingested_ms ?? ''),
      earliestSinceMs: msOrNull(row?.earliest_since_ms ?? ''),
      earliestMs: msOrNull(row?.earliest_ms ?? ''),
    };
  }

  /** YYYYMM of the UTC months of the range with events: the others cannot hold a violation. */
  async activeMonths(tenantId: string, range: DetectionRange): Promise<number[]> {
    const rows = await queryRows<ActiveMonthRow>(
      this.warehouse.client,
      activeMonthsQuery(this.warehouse.database),
      rangeParams(tenantId, range),
    );
    return rows.map((row) => Number(row.month));
  }

  outsideWindow(tenantId: string, range: DetectionRange): Promise<OutsideWindowRow[]> {
    return queryRows<OutsideWindowRow>(this.warehouse.client, outsideWindowQuery(this.warehouse.database), {
      ...rangeParams(tenantId, range),
      windowChannels: [...WINDOW_CHANNELS],
      windowMs: 24 * HOUR_MS,
    });
  }

  async frequencyCap(
    tenantId: string,
    range: DetectionRange,
    cap: { count: number; windowHours: number },
  ): Promise<FrequencyCapRow[]> {
    const windowMs = cap.windowHours * HOUR_MS;
    const rows = await queryRows<FrequencyCapRow>(this.warehouse.client, frequencyCapQuery(this.warehouse.database), {
      ...rangeParams(tenantId, range),
      windowMs,
      windowMsMinusOne: windowMs - 1,
      cap: cap.count,
    });
    return rows.map((row) => ({ ...row, position: Number(row.position) }));
  }

  async quietHoursCountries(tenantId: string, range: DetectionRange): Promise<string[]> {
    const rows = await queryRows<QuietHoursCountryRow>(
      this.warehouse.client,
      quietHoursCountriesQuery(this.warehouse.database),
      rangeParams(tenantId, range),
    );
    return rows.map((row) => row.contact_country);
  }

  /**
   * Sends in quiet hours on the contact's clock: `zones[i]` for contacts of `zones[i].countries`, `tenantZone` for
   * everyone else. Each row says which zone it used (`zone_index`, `zones.length` = the tenant's).
   */
  async quietHours(
    tenantId: string,
    range: DetectionRange,
    zones: Array<{ tz: string; countries: string[] }>,
    tenantZone: string,
    window: { startMinute: number; endMinute: number },
  ): Promise<QuietHoursRow[]> {
    const zoneParams: Record<string, unknown> = Object.fromEntries<unknown>(
      zones.flatMap((zone, i) => [
        [`zone${i}`, zone.tz],
        [`countries${i}`, zone.countries],
      ]),
    );
    const rows = await queryRows<QuietHoursRow>(
      this.warehouse.client,
      quietHoursQuery(this.warehouse.database, zones.length),
      { ...rangeParams(tenantId, range), ...zoneParams, tenantZone, ...window },
    );
    return rows.map((row) => ({ ...row, zone_index: Number(row.zone_index) }));
  }

  /** The distinct business-sent texts of the range. */
  contentTexts(tenantId: string, range: DetectionRange): Promise<ContentTextRow[]> {
    return queryRows<ContentTextRow>(
      this.warehouse.client,
      contentTextsQuery(this.warehouse.database),
      rangeParams(tenantId, range),
    );
  }

  /** The range's sends of the texts with these hashes. */
  async contentMessages(tenantId: string, range: DetectionRange, hashes: string[]): Promise<ContentMessageRow[]> {
    if (!hashes.length) return [];
    return queryRows<ContentMessageRow>(this.warehouse.client, contentMessagesQuery(this.warehouse.database), {
      ...rangeParams(tenantId, range),
      hashes,
    });
  }

  platformEnforcement(tenantId: string, range: DetectionRange): Promise<PlatformEnforcementRow[]> {
    return queryRows<PlatformEnforcementRow>(
      this.warehouse.client,
      platformEnforcementQuery(this.warehouse.database),
      rangeParams(tenantId, range),
    );
  }
}

function rangeParams(tenantId: string, range: DetectionRange): Record<string, unknown> {
  return { tenant: tenantId, fromMs: range.from.getTime(), toMs: range.to.getTime() };
}
