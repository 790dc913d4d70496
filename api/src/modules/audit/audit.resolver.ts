import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { AuditEntryPage } from './dtos/audit-entry.model';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryPage, { description: 'Settings changes, newest first' })
  @Roles('admin', 'compliance')
  auditLog(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('entityType', { type: () => String, nullable: true }) entityType?: string,
  ): Promise<AuditEntryPage> {
    return this.audit.list(principal, page, entityType);
  }
}
