import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { CatalogImportService } from './catalog-import.service';
import { CatalogItemsModule } from './catalog-items.module';
import { CatalogItemsService } from './catalog-items.service';
import { CatalogResolver } from './catalog.resolver';

/** The product catalog API: import (upsert by item id, then re-detection) and list. */
@Module({
  imports: [CatalogItemsModule, ComplianceModule, AuditModule],
  providers: [CatalogImportService, CatalogItemsService, CatalogResolver],
})
export class CatalogModule {}
