import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { CatalogImportService } from './catalog-import.service';
import { CatalogItemsService } from './catalog-items.service';
import { CatalogImportInput, CatalogImportResultModel } from './dtos/catalog-import.model';
import { CatalogItemPage } from './dtos/catalog-item.model';

@Resolver()
export class CatalogResolver {
  constructor(
    private readonly imports: CatalogImportService,
    private readonly items: CatalogItemsService,
  ) {}

  @Mutation(() => CatalogImportResultModel, {
    description:
      'Imports product catalog items (CSV or NDJSON), upserted by item id; the catalog is then checked for prohibited content',
  })
  @Roles('admin', 'compliance')
  importCatalogItems(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => CatalogImportInput }) input: CatalogImportInput,
  ): Promise<CatalogImportResultModel> {
    return this.imports.import(principal, {
      format: input.format,
      content: input.content,
      accountId: input.accountId?.trim() ?? '',
      dryRun: input.dryRun ?? false,
    });
  }

  @Query(() => CatalogItemPage, { description: "The tenant's product catalog items, by item id" })
  @Roles('admin', 'compliance', 'manager')
  catalogItems(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Case-insensitive part of the item id or title',
    })
    search: string | null,
    @Args('includeRemoved', { type: () => Boolean, nullable: true, defaultValue: false }) includeRemoved: boolean,
  ): Promise<CatalogItemPage> {
    return this.items.list(principal.tenantId, page, search, includeRemoved ?? false);
  }
}
