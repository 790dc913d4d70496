import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { parseInput } from '../../common/errors/parse-input';
import { AuditService } from '../audit/audit.service';
import type { MarketingSettingsInput } from './dtos/marketing-settings.input';
import {
  DEFAULT_ATTRIBUTION_WINDOW_DAYS,
  DEFAULT_REPORTING_CURRENCY,
  type MarketingSettingsValue,
} from './marketing-settings-value';
import { MarketingSettingsRepository, type StoredMarketingSettings } from './marketing-settings.repository';
import { marketingSettingsSchema } from './marketing-settings.validation';

const ENTITY = 'marketing_settings';

/** The settings as the API shows them; `updatedAt` is null until first saved. */
export interface MarketingSettingsView {
  attributionWindowDays: number;
  reportingCurrency: string;
  exchangeRates: { currency: string; rate: number }[];
  messagePrices: { channel: string; category: string; price: number }[];
  updatedAt: Date | null;
}

function view({ settings, exchangeRates, messagePrices }: StoredMarketingSettings): MarketingSettingsView {
  return {
    attributionWindowDays: settings?.attributionWindowDays ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS,
    reportingCurrency: settings?.reportingCurrency ?? DEFAULT_REPORTING_CURRENCY,
    exchangeRates: exchangeRates.map(({ currency, rate }) => ({ currency, rate })),
    messagePrices: messagePrices.map(({ channel, category, price }) => ({ channel, category, price })),
    updatedAt: settings?.updatedAt ?? null,
  };
}

function auditView({ updatedAt: _, ...rest }: MarketingSettingsView): Record<string, unknown> {
  return rest;
}

const byKey = <T>(rows: T[], keyOf: (row: T) => string) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

@Injectable()
export class MarketingSettingsService {
  constructor(
    private readonly settings: MarketingSettingsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What analytics use: the tenant's attribution window, currency, rates and prices (defaults when never saved). */
  async forTenant(tenantId: string): Promise<MarketingSettingsValue> {
    const current = view(await this.settings.find(tenantId));
    return {
      attributionWindowDays: current.attributionWindowDays,
      reportingCurrency: current.reportingCurrency,
      exchangeRates: new Map(current.exchangeRates.map((r) => [r.currency, r.rate])),
      messagePrices: current.messagePrices,
    };
  }

  async get(principal: Principal): Promise<MarketingSettingsView> {
    return view(await this.settings.find(principal.tenantId));
  }

  /** Changes the fields given (a list given replaces the stored one), audited in the same transaction. */
  async update(principal: Principal, input: MarketingSettingsInput): Promise<MarketingSettingsView> {
    const data = parseInput(marketingSettingsSchema, input, 'input');
    const tenantId = principal.tenantId;
    return this.settings.transaction(async (manager) => {
      const before = view(await this.settings.find(tenantId, manager));
      const after: MarketingSettingsView = {
        attributionWindowDays: data.attributionWindowDays ?? before.attributionWindowDays,
        reportingCurrency: data.reportingCurrency ?? before.reportingCurrency,
        exchangeRates: data.exchangeRates ? byKey(data.exchangeRates, (r) => r.currency) : before.exchangeRates,
        messagePrices: data.messagePrices
          ? byKey(data.messagePrices, (p) => `${p.channel}\u0000${p.category}`)
          : before.messagePrices,
        updatedAt: this.clock.now(),
      };
      // A rate of the reporting currency into itself is meaningless (it is always 1): refuse it rather than ignore it.
      const selfRate = (data.exchangeRates ?? after.exchangeRates).findIndex(
        (r) => r.currency === after.reportingCurrency,
      );
      if (selfRate >= 0) {
        throw new BadUserInputError([
          data.exchangeRates
            ? { path: `input.exchangeRates.${selfRate}.currency`, message: 'the reporting currency needs no rate' }
            : { path: 'input.reportingCurrency', message: 'the exchange rates list this currency; remove its rate' },
        ]);
      }
      await this.settings.replace(
        {
          settings: {
            tenantId,
            attributionWindowDays: after.attributionWindowDays,
            reportingCurrency: after.reportingCurrency,
            updatedAt: after.updatedAt!,
          },
          exchangeRates: after.exchangeRates.map((r) => ({ tenantId, ...r })),
          messagePrices: after.messagePrices.map((p) => ({ tenantId, ...p })),
        },
        manager,
      );
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: tenantId,
          before: auditView(before),
          after: auditView(after),
        },
        manager,
      );
      return after;
    });
  }
}
