import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AlertsService } from './alerts.service';
import { AlertDeliverySettingsModel, AlertWebhookSecretModel } from './dtos/alert-delivery-settings.model';
import { AlertFiringPage, type AlertFiringModel } from './dtos/alert-firing.model';
import { AlertRuleInput } from './dtos/alert-rule.input';
import { AlertRuleModel } from './dtos/alert-rule.model';

@Resolver()
export class AlertsResolver {
  constructor(private readonly alerts: AlertsService) {}

  @Query(() => [AlertRuleModel], { description: "The tenant's alert rules, oldest first" })
  @AllRoles()
  alertRules(@CurrentPrincipal() principal: Principal): Promise<AlertRuleModel[]> {
    return this.alerts.rules(principal);
  }

  @Query(() => AlertFiringPage, { description: 'Stored firings, newest first; `read` is for the caller' })
  @AllRoles()
  alertFirings(
    @CurrentPrincipal() principal: Principal,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput | null,
  ): Promise<Page<AlertFiringModel>> {
    return this.alerts.firings(principal, unreadOnly ?? false, page);
  }

  @Query(() => Int, { description: 'Firings the caller has not marked read' })
  @AllRoles()
  alertUnreadCount(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.alerts.unreadCount(principal);
  }

  @Query(() => AlertDeliverySettingsModel)
  @Roles('admin', 'manager', 'compliance')
  alertDeliverySettings(@CurrentPrincipal() principal: Principal): Promise<AlertDeliverySettingsModel> {
    return this.alerts.deliverySettings(principal);
  }

  @Mutation(() => AlertRuleModel)
  @Roles('admin', 'manager', 'compliance')
  createAlertRule(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => AlertRuleInput }) input: AlertRuleInput,
  ): Promise<AlertRuleModel> {
    return this.alerts.createRule(principal, input);
  }

  @Mutation(() => AlertRuleModel)
  @Roles('admin', 'manager', 'compliance')
  updateAlertRule(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AlertRuleInput }) input: AlertRuleInput,
  ): Promise<AlertRuleModel> {
    return this.alerts.updateRule(principal, id, input);
  }

  @Mutation(() => Boolean)
  @Roles('admin', 'manager', 'compliance')
  deleteAlertRule(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.alerts.deleteRule(principal, id);
  }

  @Mutation(() => Int, { description: 'Marks firings read for the caller (null ids = all); returns how many changed' })
  @AllRoles()
  markAlertsRead(
    @CurrentPrincipal() principal: Principal,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.alerts.markRead(principal, ids);
  }

  @Mutation(() => AlertWebhookSecretModel, {
    description: 'Sets the webhook URL (null = off) with a new signing secret, returned only here',
  })
  @Roles('admin')
  updateAlertWebhook(
    @CurrentPrincipal() principal: Principal,
    @Args('url', { type: () => String, nullable: true }) url?: string | null,
  ): Promise<AlertWebhookSecretModel> {
    return this.alerts.updateWebhook(principal, url);
  }

  @Mutation(() => Int, { description: "Evaluates the tenant's enabled rules now; returns the number of new firings" })
  @Roles('admin')
  evaluateAlertsNow(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.alerts.evaluateNow(principal);
  }
}
