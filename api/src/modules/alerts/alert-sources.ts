import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';

/** SLA attainment per group, as SupportService.slaAttainment answers it (attainment 0..1, null when nothing measured). */
export interface SlaAttainmentSource {
  slaAttainment(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: 'AGENT' | 'TEAM' | 'DAY',
  ): Promise<{ key: string; label: string; sla: { kind: string; attainment: number | null }[] }[]>;
}

export const SLA_ATTAINMENT_SOURCE = Symbol('SLA_ATTAINMENT_SOURCE');
