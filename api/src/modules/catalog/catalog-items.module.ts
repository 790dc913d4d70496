import { Module } from '@nestjs/common';
import { CatalogItemsRepository } from './catalog-items.repository';
import { CatalogViolationDetector } from './catalog-violation.detector';

/**
 * The catalog store and its prohibited-content detector, without the API: ComplianceModule imports it to register
 * the detector, and CatalogModule (the API) imports both.
 */
@Module({
  providers: [CatalogItemsRepository, CatalogViolationDetector],
  exports: [CatalogItemsRepository, CatalogViolationDetector],
})
export class CatalogItemsModule {}
