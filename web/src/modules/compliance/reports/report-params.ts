import type { ComplianceReportInput } from '@web/generated/graphql';
import type { FilterState } from '@web/modules/filters/analytics-filter';

/** URL parameters of the report's scope: repeated for several (`account=a&account=b`); other pages read the first. */
export const SCOPE_PARAMS = { account: 'account', campaign: 'campaign' } as const;
export type ScopeParam = keyof typeof SCOPE_PARAMS;

/** The ids a scope parameter lists, each once, in URL order. */
export function scopeIds(params: URLSearchParams, name: ScopeParam): string[] {
  return [...new Set(params.getAll(SCOPE_PARAMS[name]).filter(Boolean))];
}

/** New URL parameters with the scope's ids (none = all); other parameters are kept. */
export function withScopeIds(params: URLSearchParams, name: ScopeParam, ids: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(SCOPE_PARAMS[name]);
  for (const id of ids) next.append(SCOPE_PARAMS[name], id);
  return next;
}

/** The report's period from the shared filter and its numbers and campaigns (none listed = all); null for bad dates. */
export function reportInput(state: FilterState, params: URLSearchParams): ComplianceReportInput | null {
  if (state.invalid) return null;
  const accountIds = scopeIds(params, 'account');
  const campaignIds = scopeIds(params, 'campaign');
  return {
    from: state.from,
    to: state.to,
    ...(accountIds.length > 0 && { accountIds }),
    ...(campaignIds.length > 0 && { campaignIds }),
  };
}

/** Where the server renders the same report as PDF (in the given language) or CSV. */
export function reportDownloadUrl(input: ComplianceReportInput, format: 'pdf' | 'csv', lang: string): string {
  const params = new URLSearchParams({ from: input.from, to: input.to });
  const accounts = input.accountIds ?? [];
  const campaigns = input.campaignIds ?? [];
  if (accounts.length > 0) params.set('accountIds', accounts.join(','));
  if (campaigns.length > 0) params.set('campaignIds', campaigns.join(','));
  if (format === 'pdf') params.set('lang', lang);
  return `/v1/compliance/report.${format}?${params.toString()}`;
}

/** Week rows of the trend with one count per kind that occurs anywhere in it (zeros where a week has none). */
export function trendRows<Kind extends string>(
  trend: ReadonlyArray<{ date: string; total: number; byKind: ReadonlyArray<{ kind: Kind; count: number }> }>,
  kindOrder: readonly Kind[],
): { kinds: Kind[]; rows: Array<{ date: string; total: number; counts: Record<string, number> }> } {
  const present = new Set(trend.flatMap((p) => p.byKind.filter((k) => k.count > 0).map((k) => k.kind)));
  const kinds = kindOrder.filter((k) => present.has(k));
  const rows = trend.map((p) => ({
    date: p.date,
    total: p.total,
    counts: Object.fromEntries(kinds.map((k) => [k, p.byKind.find((b) => b.kind === k)?.count ?? 0])),
  }));
  return { kinds, rows };
}
