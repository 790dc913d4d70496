import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplianceViolation } from '../compliance/compliance-violation.entity';
import { ComplianceModule } from '../compliance/compliance.module';
import { ComplianceCaseComment } from './compliance-case-comment.entity';
import { ComplianceCasesRepository } from './compliance-cases.repository';
import { ComplianceCasesResolver } from './compliance-cases.resolver';
import { ComplianceCasesService } from './compliance-cases.service';
import { ComplianceSavedView } from './compliance-saved-view.entity';
import { SavedViewsService } from './saved-views.service';

/** The compliance case workflow on violations: transitions, assignees, comments, saved views, exception feedback. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ComplianceViolation, ComplianceCaseComment, ComplianceSavedView]),
    ComplianceModule,
  ],
  providers: [ComplianceCasesRepository, ComplianceCasesService, SavedViewsService, ComplianceCasesResolver],
})
export class ComplianceCasesModule {}
