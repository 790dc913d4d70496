import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { CanonicalEvent } from '@checkmark/schemas';
import { processValue, type Pseudonymiser, type StepResult } from '@checkmark/schemas/pipeline';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { EVENT_TRANSPORT, type EventTransport } from './event-transport';
import { IngestUnavailableError, ShuttingDownError } from './ingestion.exception';

export const PSEUDONYMISER = Symbol('PSEUDONYMISER');

/**
 * The receivers' single door into the data plane: runs the shared pipeline (validate, enrich, pseudonymise) with
 * the tenant the receiver authenticated, and publishes through the configured transport. Shutdown waits for
 * every publish in flight, so nothing a sender was told is stored goes missing.
 */
@Injectable()
export class IngestionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IngestionService.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing = false;

  constructor(
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    @Inject(PSEUDONYMISER) private readonly pseudonymiser: Pseudonymiser,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'shutdownTimeoutMs'>,
  ) {}

  get transportKind(): EventTransport['kind'] {
    return this.transport.kind;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.transport.start();
  }

  /** validate → enrich for one decoded event; `tenantId` replaces whatever tenant the value names. */
  prepare(value: unknown, tenantId: string): StepResult<CanonicalEvent> {
    return processValue(value, { pseudonymiser: this.pseudonymiser, tenantId });
  }

  /** Resolves once the events and rejects are durable; throws a typed 503 error otherwise. */
  async publish(events: CanonicalEvent[], rejects: RejectRecord[]): Promise<void> {
    if (this.closing) throw new ShuttingDownError();
    if (!events.length && !rejects.length) return;
    const published = this.transport.publish(events, rejects);
    this.inFlight.add(published);
    try {
      await published;
    } catch (error) {
      if (this.closing && (error as { code?: string }).code === 'SHUTTING_DOWN') throw new ShuttingDownError();
      this.logger.error(`storing ${events.length} events and ${rejects.length} rejects failed: ${messageOf(error)}`);
      throw new IngestUnavailableError(error);
    } finally {
      this.inFlight.delete(published);
    }
  }

  ping(): Promise<void> {
    return this.transport.ping();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    const drained = Promise.allSettled([...this.inFlight]);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.config.shutdownTimeoutMs);
    });
    const closed = drained.then(() => this.transport.close());
    const outcome = await Promise.race([closed, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.logger.error(`ingestion did not drain within ${this.config.shutdownTimeoutMs} ms`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
