import type { ReactNode } from 'react';
import { Card } from '@web/components/ui/card';
import { DataTable, type Column } from '@web/components/ui/data-table';
import type { ComplianceReportQuery, ReportCoverageRowFragment, ViolationKind } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CaseStateBadge, SeverityBadge } from '../components/badges';
import { trendRows } from './report-params';

type Report = ComplianceReportQuery['complianceReport'];

const KINDS: readonly ViolationKind[] = [
  'NO_CONSENT',
  'AFTER_OPT_OUT',
  'PURPOSE_MISMATCH',
  'OUTSIDE_WINDOW',
  'PROHIBITED_CONTENT',
  'TEMPLATE_MISUSE',
  'FREQUENCY_CAP',
  'QUIET_HOURS',
  'PLATFORM_ENFORCEMENT',
];

/** Named figures of a section, as a definition list (label, value) with data-figure hooks for tests. */
function Figures({ items }: { items: ReadonlyArray<{ id: string; label: string; value: ReactNode }> }) {
  return (
    <dl className="report-figures">
      {items.map((item) => (
        <div key={item.id} data-figure={item.id}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The structured compliance report, section by section as the PDF has them. */
export function ReportView({ report }: { report: Report }) {
  const { t, fmt } = useI18n();
  const ratio = (value: number | null | undefined) => (value === null || value === undefined ? '—' : fmt.ratio(value));
  const seconds = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : fmt.seconds(value);
  const account = (id: string, name: string | null | undefined) => name ?? id;
  const scopeNames = (items: ReadonlyArray<{ name: string }>, all: string) =>
    items.length > 0 ? items.map((i) => i.name).join(', ') : all;

  const coverageColumns = (key: string): Column<ReportCoverageRowFragment>[] => [
    {
      key: 'key',
      header: t(`complianceReports.coverageBy.${key}` as 'complianceReports.coverageBy.account'),
      cell: (r) =>
        key === 'channel' && r.channel
          ? t(`channel.${r.channel}`)
          : (r.label ?? (r.key === '' ? t('complianceReports.noCampaign') : r.key)),
      csv: (r) => r.label ?? r.key,
    },
    {
      key: 'bi',
      header: t('complianceReports.businessInitiated'),
      cell: (r) => fmt.count(r.businessInitiated),
      csv: (r) => r.businessInitiated,
      numeric: true,
    },
    {
      key: 'covered',
      header: t('complianceReports.covered'),
      cell: (r) => fmt.count(r.covered),
      csv: (r) => r.covered,
      numeric: true,
    },
    {
      key: 'coverage',
      header: t('complianceReports.coverage'),
      cell: (r) => ratio(r.coverage),
      csv: (r) => r.coverage,
      numeric: true,
    },
    {
      key: 'noConsent',
      header: t('compliance.kind.NO_CONSENT'),
      cell: (r) => fmt.count(r.noConsent),
      csv: (r) => r.noConsent,
      numeric: true,
    },
    {
      key: 'afterOptOut',
      header: t('compliance.kind.AFTER_OPT_OUT'),
      cell: (r) => fmt.count(r.afterOptOut),
      csv: (r) => r.afterOptOut,
      numeric: true,
    },
    {
      key: 'mismatch',
      header: t('compliance.kind.PURPOSE_MISMATCH'),
      cell: (r) => fmt.count(r.purposeMismatch),
      csv: (r) => r.purposeMismatch,
      numeric: true,
    },
  ];

  type Count = Report['violations'][number];
  const violationColumns: Column<Count>[] = [
    {
      key: 'kind',
      header: t('compliance.column.kind'),
      cell: (v) => t(`compliance.kind.${v.kind}`),
      csv: (v) => v.kind,
    },
    {
      key: 'severity',
      header: t('compliance.column.severity'),
      cell: (v) => <SeverityBadge severity={v.severity} />,
      csv: (v) => v.severity,
    },
    {
      key: 'total',
      header: t('compliance.column.total'),
      cell: (v) => fmt.count(v.total),
      csv: (v) => v.total,
      numeric: true,
    },
    {
      key: 'open',
      header: t('compliance.state.OPEN'),
      cell: (v) => fmt.count(v.open),
      csv: (v) => v.open,
      numeric: true,
    },
    {
      key: 'ack',
      header: t('compliance.state.ACKNOWLEDGED'),
      cell: (v) => fmt.count(v.acknowledged),
      csv: (v) => v.acknowledged,
      numeric: true,
    },
    {
      key: 'resolved',
      header: t('compliance.state.RESOLVED'),
      cell: (v) => fmt.count(v.resolved),
      csv: (v) => v.resolved,
      numeric: true,
    },
    {
      key: 'fp',
      header: t('compliance.state.FALSE_POSITIVE'),
      cell: (v) => fmt.count(v.falsePositive),
      csv: (v) => v.falsePositive,
      numeric: true,
    },
  ];

  const trend = trendRows(report.trend, KINDS);
  type TrendRow = (typeof trend.rows)[number];
  const trendColumns: Column<TrendRow>[] = [
    { key: 'week', header: t('compliance.column.weekStart'), cell: (r) => fmt.date(r.date), csv: (r) => r.date },
    ...trend.kinds.map<Column<TrendRow>>((kind) => ({
      key: kind,
      header: t(`compliance.kind.${kind}`),
      cell: (r) => fmt.count(r.counts[kind] ?? 0),
      csv: (r) => r.counts[kind] ?? 0,
      numeric: true,
    })),
    {
      key: 'total',
      header: t('compliance.column.total'),
      cell: (r) => fmt.count(r.total),
      csv: (r) => r.total,
      numeric: true,
    },
  ];

  type Case = Report['openCases']['oldest'][number];
  const caseColumns: Column<Case>[] = [
    {
      key: 'detected',
      header: t('compliance.column.detectedAt'),
      cell: (c) => fmt.dateTime(c.detectedAt),
      csv: (c) => c.detectedAt,
    },
    {
      key: 'age',
      header: t('complianceReports.age'),
      cell: (c) => fmt.seconds(c.ageSeconds),
      csv: (c) => c.ageSeconds,
      numeric: true,
    },
    {
      key: 'kind',
      header: t('compliance.column.kind'),
      cell: (c) => t(`compliance.kind.${c.kind}`),
      csv: (c) => c.kind,
    },
    {
      key: 'severity',
      header: t('compliance.column.severity'),
      cell: (c) => <SeverityBadge severity={c.severity} />,
      csv: (c) => c.severity,
    },
    {
      key: 'state',
      header: t('compliance.column.state'),
      cell: (c) => <CaseStateBadge state={c.caseState} />,
      csv: (c) => c.caseState,
    },
    {
      key: 'account',
      header: t('filters.account'),
      cell: (c) => account(c.accountId, c.accountName),
      csv: (c) => c.accountId,
    },
    { key: 'contact', header: t('complianceReports.contact'), cell: (c) => c.contactId, csv: (c) => c.contactId },
    {
      key: 'occurred',
      header: t('compliance.column.occurredAt'),
      cell: (c) => fmt.dateTime(c.occurredAt),
      csv: (c) => c.occurredAt,
    },
  ];

  type Enforcement = Report['platformEnforcement']['events'][number];
  const enforcementColumns: Column<Enforcement>[] = [
    {
      key: 'at',
      header: t('compliance.column.occurredAt'),
      cell: (e) => fmt.dateTime(e.occurredAt),
      csv: (e) => e.occurredAt,
    },
    {
      key: 'account',
      header: t('filters.account'),
      cell: (e) => account(e.accountId, e.accountName),
      csv: (e) => e.accountId,
    },
    { key: 'event', header: t('complianceReports.eventType'), cell: (e) => e.eventType, csv: (e) => e.eventType },
    {
      key: 'status',
      header: t('complianceReports.status'),
      cell: (e) => [e.status, e.templateName].filter(Boolean).join(' · ') || '—',
      csv: (e) => e.status,
    },
    { key: 'reason', header: t('complianceReports.reason'), cell: (e) => e.reason ?? '—', csv: (e) => e.reason },
    {
      key: 'severity',
      header: t('compliance.column.severity'),
      cell: (e) => <SeverityBadge severity={e.severity} />,
      csv: (e) => e.severity,
    },
    {
      key: 'state',
      header: t('compliance.column.state'),
      cell: (e) => <CaseStateBadge state={e.caseState} />,
      csv: (e) => e.caseState,
    },
  ];

  type RuleVersion = Report['ruleVersions'][number];
  const ruleColumns: Column<RuleVersion>[] = [
    {
      key: 'kind',
      header: t('compliance.column.kind'),
      cell: (r) => t(`compliance.kind.${r.kind}`),
      csv: (r) => r.kind,
    },
    {
      key: 'version',
      header: t('compliance.column.ruleVersion'),
      cell: (r) => <code>{r.ruleVersion}</code>,
      csv: (r) => r.ruleVersion,
    },
    {
      key: 'violations',
      header: t('complianceReports.violations'),
      cell: (r) => fmt.count(r.violations),
      csv: (r) => r.violations,
      numeric: true,
    },
  ];

  const c = report.coverage;
  const o = report.optOut;
  return (
    <div className="card-grid" data-testid="compliance-report">
      <Card title={t('complianceReports.title', { from: fmt.date(report.from), to: fmt.date(report.to) })}>
        <Figures
          items={[
            {
              id: 'period',
              label: t('complianceReports.period'),
              value: `${report.from} – ${report.to} (${report.timeZone})`,
            },
            {
              id: 'accounts',
              label: t('complianceReports.accounts'),
              value: scopeNames(report.scope.accounts, t('filters.allAccounts')),
            },
            {
              id: 'campaigns',
              label: t('complianceReports.campaigns'),
              value: scopeNames(report.scope.campaigns, t('filters.allCampaigns')),
            },
            { id: 'generatedAt', label: t('complianceReports.generatedAt'), value: fmt.dateTime(report.generatedAt) },
          ]}
        />
      </Card>
      <Card title={t('complianceReports.optOutTitle')}>
        <p className="field-hint">{t('compliance.how.honoured')}</p>
        <Figures
          items={[
            { id: 'optOuts', label: t('complianceReports.optOuts'), value: fmt.count(o.optOuts) },
            { id: 'honoured', label: t('complianceReports.honoured'), value: fmt.count(o.honoured) },
            { id: 'violated', label: t('complianceReports.violated'), value: fmt.count(o.violated) },
            {
              id: 'messagesAfterOptOut',
              label: t('complianceReports.messagesAfter'),
              value: fmt.count(o.messagesAfterOptOut),
            },
            { id: 'medianDelay', label: t('complianceReports.medianDelay'), value: seconds(o.medianDelaySeconds) },
            { id: 'maxDelay', label: t('complianceReports.maxDelay'), value: seconds(o.maxDelaySeconds) },
          ]}
        />
      </Card>
      <Card className="card-wide" title={t('complianceReports.coverageTitle')}>
        <p className="field-hint">{t('compliance.how.coverage')}</p>
        <Figures
          items={[
            { id: 'coverage', label: t('complianceReports.coverage'), value: ratio(c.coverage) },
            {
              id: 'businessInitiated',
              label: t('complianceReports.businessInitiated'),
              value: fmt.count(c.businessInitiated),
            },
            { id: 'covered', label: t('complianceReports.covered'), value: fmt.count(c.covered) },
            { id: 'noConsent', label: t('compliance.kind.NO_CONSENT'), value: fmt.count(c.noConsent) },
            { id: 'afterOptOut', label: t('compliance.kind.AFTER_OPT_OUT'), value: fmt.count(c.afterOptOut) },
            {
              id: 'purposeMismatch',
              label: t('compliance.kind.PURPOSE_MISMATCH'),
              value: fmt.count(c.purposeMismatch),
            },
          ]}
        />
        {(['account', 'campaign', 'channel'] as const).map((by) => {
          const rows = by === 'account' ? c.byAccount : by === 'campaign' ? c.byCampaign : c.byChannel;
          return rows.length > 0 ? (
            <DataTable
              key={by}
              caption={t(`complianceReports.coverageCaption.${by}`)}
              columns={coverageColumns(by)}
              rows={rows}
              rowKey={(r) => r.key}
              exportName={`consent-coverage-by-${by}`}
            />
          ) : null;
        })}
      </Card>
      <Card className="card-wide" title={t('complianceReports.violationsTitle', { total: report.violationTotal })}>
        {report.violations.length === 0 ? (
          <p className="state state-empty">{t('complianceReports.noViolations')}</p>
        ) : (
          <DataTable
            caption={t('complianceReports.violationsCaption')}
            columns={violationColumns}
            rows={report.violations}
            rowKey={(v) => `${v.kind}/${v.severity}`}
            exportName="violations-by-kind-and-severity"
          />
        )}
        {trend.rows.length > 0 && trend.kinds.length > 0 && (
          <DataTable
            caption={t('complianceReports.trendCaption')}
            columns={trendColumns}
            rows={trend.rows}
            rowKey={(r) => r.date}
            exportName="violations-by-week"
          />
        )}
      </Card>
      <Card className="card-wide" title={t('complianceReports.openCasesTitle')}>
        <Figures
          items={[
            { id: 'openCases', label: t('complianceReports.openCases'), value: fmt.count(report.openCases.count) },
            { id: 'open', label: t('compliance.state.OPEN'), value: fmt.count(report.openCases.open) },
            {
              id: 'acknowledged',
              label: t('compliance.state.ACKNOWLEDGED'),
              value: fmt.count(report.openCases.acknowledged),
            },
            {
              id: 'oldestAge',
              label: t('complianceReports.oldestAge'),
              value: seconds(report.openCases.oldestAgeSeconds),
            },
          ]}
        />
        {report.openCases.oldest.length > 0 && (
          <DataTable
            caption={t('complianceReports.oldestCaption')}
            columns={caseColumns}
            rows={report.openCases.oldest}
            rowKey={(r) => r.id}
          />
        )}
      </Card>
      <Card
        className="card-wide"
        title={t('complianceReports.enforcementTitle', { total: report.platformEnforcement.total })}
      >
        {report.platformEnforcement.events.length === 0 ? (
          <p className="state state-empty">{t('complianceReports.noEnforcement')}</p>
        ) : (
          <DataTable
            caption={t('complianceReports.enforcementCaption')}
            columns={enforcementColumns}
            rows={report.platformEnforcement.events}
            rowKey={(e) => e.violationId}
            exportName="platform-enforcement"
          />
        )}
      </Card>
      <Card title={t('complianceReports.ruleVersionsTitle')}>
        <p className="field-hint">{t('complianceReports.ruleVersionsHint')}</p>
        {report.ruleVersions.length === 0 ? (
          <p className="state state-empty">{t('complianceReports.noViolations')}</p>
        ) : (
          <DataTable
            caption={t('complianceReports.ruleVersionsTitle')}
            columns={ruleColumns}
            rows={report.ruleVersions}
            rowKey={(r) => r.ruleVersion}
          />
        )}
      </Card>
    </div>
  );
}
