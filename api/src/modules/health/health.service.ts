import { Injectable } from '@nestjs/common';
import { DatabaseHealthRepository } from '../../database/database-health.repository';
import { IngestionService } from '../ingestion/ingestion.service';
import { WarehouseRepository } from '../warehouse/warehouse.repository';

export type CheckStatus = 'ok' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: { database: CheckStatus; warehouse: CheckStatus; transport: CheckStatus };
}

const CHECK_TIMEOUT_MS = 2000;

/** Each dependency the data plane needs, probed independently so one slow check does not hide the others. */
@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseHealthRepository,
    private readonly warehouse: WarehouseRepository,
    private readonly ingestion: IngestionService,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, warehouse, transport] = await Promise.all([
      probe(() => this.database.ping()),
      probe(() => this.warehouse.ping()),
      probe(() => this.ingestion.ping()),
    ]);
    const checks = { database, warehouse, transport };
    return { status: Object.values(checks).every((c) => c === 'ok') ? 'ok' : 'degraded', checks };
  }
}

async function probe(check: () => Promise<void>): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckStatus>((resolve) => {
    timer = setTimeout(() => resolve('down'), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then((): CheckStatus => 'ok'), timeout]);
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
