import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ExchangeRate } from './exchange-rate.entity';
import { MarketingSettings } from './marketing-settings.entity';
import { MessagePrice } from './message-price.entity';

/** Everything stored for a tenant; `settings` is null until the tenant first saves. */
export interface StoredMarketingSettings {
  settings: MarketingSettings | null;
  exchangeRates: ExchangeRate[];
  messagePrices: MessagePrice[];
}

@Injectable()
export class MarketingSettingsRepository {
  constructor(@InjectRepository(MarketingSettings) private readonly settings: Repository<MarketingSettings>) {}

  /** Runs `work` in one transaction; pass the manager to the reads and writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.settings.manager.transaction(work);
  }

  /** The tenant's rows; rates by currency, prices by channel then category. */
  async find(tenantId: string, manager: EntityManager = this.settings.manager): Promise<StoredMarketingSettings> {
    // One after another: inside a transaction they share a single connection.
    const settings = await manager.getRepository(MarketingSettings).findOneBy({ tenantId });
    const exchangeRates = await manager
      .getRepository(ExchangeRate)
      .find({ where: { tenantId }, order: { currency: 'ASC' } });
    const messagePrices = await manager
      .getRepository(MessagePrice)
      .find({ where: { tenantId }, order: { channel: 'ASC', category: 'ASC' } });
    return { settings, exchangeRates, messagePrices };
  }

  /** Replaces the tenant's row, rates and prices with `stored`. */
  async replace(stored: Required<StoredMarketingSettings> & { settings: MarketingSettings }, manager: EntityManager) {
    const { tenantId } = stored.settings;
    await manager.getRepository(MarketingSettings).save(stored.settings, { reload: false });
    await manager.getRepository(ExchangeRate).delete({ tenantId });
    await manager.getRepository(MessagePrice).delete({ tenantId });
    // At most a few hundred rows each (validated), well under SQLite's bound-parameter limit per chunk.
    for (let i = 0; i < stored.exchangeRates.length; i += 200) {
      await manager.getRepository(ExchangeRate).insert(stored.exchangeRates.slice(i, i + 200));
    }
    for (let i = 0; i < stored.messagePrices.length; i += 200) {
      await manager.getRepository(MessagePrice).insert(stored.messagePrices.slice(i, i + 200));
    }
  }
}
