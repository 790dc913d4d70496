import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { paginate, pageRequest, type Page, type PageInput } from '../../graphql/pagination';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import type { TemplateStatusChangeModel } from './dtos/template-status-change.model';
import type { TemplateStatusChangeRow } from './queries/template-status-changes.query';
import { TemplateStatusHistoryRepository } from './template-status-history.repository';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Reads = Pick<TemplateStatusHistoryRepository, 'changes' | 'count'>;

/**
 * Template status and quality history: the period's template.updated events newest first, each with the state
 * before it. The filter's period, accounts and channels apply; campaigns and agents say nothing about templates.
 */
@Injectable()
export class TemplateStatusHistoryService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(TemplateStatusHistoryRepository) private readonly repository: Reads,
  ) {}

  async templateStatusHistory(
    tenantId: string,
    filter: AnalyticsFilterInput,
    templateName: string | null,
    page: PageInput | null,
  ): Promise<Page<TemplateStatusChangeModel>> {
    const name = templateName?.trim() || null;
    if (name !== null && name.length > 512) {
      throw new BadUserInputError([{ path: 'templateName', message: 'must be at most 512 characters' }]);
    }
    const request = pageRequest(page, 2);
    const scope = await this.scopes.resolve(tenantId, filter);
    const after = request.after === null ? null : cursorOf(request.after);
    const [rows, total] = await Promise.all([
      this.repository.changes(scope, name, after, request.first + 1),
      this.repository.count(scope, name),
    ]);
    return paginate(rows.map(toChange), request, total, (change) => [change.occurredAt.getTime(), change.id]);
  }
}

function cursorOf([occurredMs, id]: (string | number)[]): { occurredMs: number; id: string } {
  if (typeof occurredMs !== 'number' || typeof id !== 'string') {
    throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  }
  return { occurredMs, id };
}

export function toChange(row: TemplateStatusChangeRow): TemplateStatusChangeModel {
  return {
    id: row.id,
    occurredAt: new Date(Number(row.occurred_ms)),
    templateName: row.template_name,
    language: row.template_language || null,
    category: row.template_category || null,
    status: row.status_after || null,
    quality: row.quality_after || null,
    previousStatus: row.status_before || null,
    previousQuality: row.quality_before || null,
    reason: row.reason || null,
    accountId: row.account_id,
  };
}
