import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import type { CatalogItem } from './catalog-item.entity';
import { CatalogItemsRepository } from './catalog-items.repository';

const MAX_SEARCH = 200;

/** The tenant's catalog items, by item id, optionally narrowed by a search of id and title. */
@Injectable()
export class CatalogItemsService {
  constructor(@Inject(CatalogItemsRepository) private readonly items: Pick<CatalogItemsRepository, 'page'>) {}

  async list(
    tenantId: string,
    page: PageInput | null | undefined,
    search: string | null | undefined,
    includeRemoved: boolean,
  ): Promise<Page<CatalogItem>> {
    const trimmed = search?.trim() ?? '';
    if (trimmed.length > MAX_SEARCH) {
      throw new BadUserInputError([{ path: 'search', message: `at most ${MAX_SEARCH} characters` }]);
    }
    const request = pageRequest(page, 1);
    const after = request.after === null ? null : String(request.after[0]);
    const [rows, total] = await this.items.page(
      { tenantId, search: trimmed || null, includeRemoved },
      after,
      request.first + 1,
    );
    return paginate(rows, request, total, (item) => [item.itemId]);
  }
}
