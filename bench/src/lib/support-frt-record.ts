import type { AgentFrt } from './frt-comparison';
import { graphql } from './product';

export interface Period {
  from: string;
  to: string;
}

export interface AgentRow {
  id: string;
  externalId: string;
  name: string;
}

/**
 * Checkmark's first response time by agent (supportPerformance, groupBy AGENT, basis CALENDAR) for a series of
 * periods, with what the row-store baseline needs to load the same tenant: written by the page benchmark
 * (`--support-frt FILE`) or measured by the baseline itself.
 */
export interface SupportFrtRecord {
  tenantId: string;
  timeZone: string;
  agents: AgentRow[];
  periods: Period[];
  /** Whole GraphQL operation per period, the first cold. */
  ms: number[];
  /** Peak RSS of the API process over these runs (bytes); 0 when unknown. */
  peakRss: number;
  frt: AgentFrt[][];
}

export const SUPPORT_FRT_QUERY = `query S($filter: AnalyticsFilter!) {
  supportPerformance(filter: $filter, groupBy: AGENT, basis: CALENDAR) {
    groups { key label firstResponse { count medianMs p90Ms meanMs } } } }`;

interface SupportPerformanceData {
  supportPerformance: {
    groups: { key: string; label: string; firstResponse: Omit<AgentFrt, 'agent' | 'label'> }[];
  };
}

/** The tenant the admin token belongs to, its time zone and agents. */
export async function tenantInfo(
  url: string,
  token: string,
): Promise<Pick<SupportFrtRecord, 'tenantId' | 'timeZone' | 'agents'>> {
  const data = (await graphql(
    url,
    token,
    `
      query {
        me {
          tenant {
            id
          }
        }
        tenantSettings {
          timeZone
        }
        agents(page: { first: 200 }) {
          nodes {
            id
            externalId
            name
          }
        }
      }
    `,
  )) as {
    me: { tenant: { id: string } };
    tenantSettings: { timeZone: string };
    agents: { nodes: AgentRow[] };
  };
  return { tenantId: data.me.tenant.id, timeZone: data.tenantSettings.timeZone, agents: data.agents.nodes };
}

/**
 * Agents with first responses in one supportPerformance answer (its data, or that of any query selecting at least
 * `groups { key label firstResponse { … } }`), keyed by the agent id events carry (groups are keyed by Agent.id).
 */
export function agentFrtOf(data: unknown, agents: AgentRow[]): AgentFrt[] {
  const external = new Map(agents.map((a) => [a.id, a.externalId]));
  return (data as SupportPerformanceData).supportPerformance.groups
    .filter((g) => g.firstResponse.count > 0)
    .map((g) => ({ agent: external.get(g.key) ?? g.key, label: g.label, ...g.firstResponse }));
}
