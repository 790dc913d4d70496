import type { ConsentCoverageRowModel } from '../../consent/dtos/consent-coverage.model';
import type { ComplianceReportModel } from '../dtos/compliance-report.model';
import { REPORT_CATALOGUES, type ReportCatalogue, type ReportLanguage } from '../i18n/report-catalogue';
import type { ReportColumn, ReportDocument, ReportSection, ReportTable } from './report-document';
import { localDateTime, ReportFormat } from './report-format';

/** Longest evidence text printed per case (the full evidence is in violations.csv). */
const EVIDENCE_CHARS = 160;

/**
 * The compliance report as a printable document in the report's language: title block (tenant, period, scope,
 * generation time, rule versions), then one section per part, each opened by the definition of its figures.
 */
export function complianceReportDocument(report: ComplianceReportModel, lang: ReportLanguage): ReportDocument {
  const t = REPORT_CATALOGUES[lang];
  const f = new ReportFormat(lang, t);
  const when = (d: Date) => localDateTime(d, report.timeZone);
  const severity = (s: string) => t[`sev_${s}` as keyof ReportCatalogue] ?? s;
  const state = (s: string) => t[`state_${s}` as keyof ReportCatalogue] ?? s;
  const table = (columns: ReportColumn[], rows: string[][]): ReportTable => ({
    kind: 'table',
    columns,
    rows,
    emptyText: t.none,
  });
  const right = (header: string, weight = 1): ReportColumn => ({ header, align: 'right', weight });
  const names = (items: { name: string }[], all: string) => (items.length ? items.map((i) => i.name).join(', ') : all);
  const c = report.coverage;

  const coverageSection = (
    heading: string,
    first: string,
    rows: ConsentCoverageRowModel[],
    label: (r: ConsentCoverageRowModel) => string,
  ): ReportSection => ({
    heading: `${t.coverageHeading} · ${heading}`,
    blocks: [
      table(
        [
          { header: first, weight: 2.4 },
          right(t.businessInitiated),
          right(t.covered),
          right(t.coverage),
          right(t.noConsent),
          right(t.afterOptOut),
          right(t.purposeMismatch),
        ],
        rows.map((r) => [
          label(r),
          f.count(r.businessInitiated),
          f.count(r.covered),
          f.share(r.coverage),
          f.count(r.noConsent),
          f.count(r.afterOptOut),
          f.count(r.purposeMismatch),
        ]),
      ),
    ],
  });

  const sections: ReportSection[] = [
    {
      heading: t.coverageHeading,
      blocks: [
        { kind: 'paragraph', text: t.coverageText },
        {
          kind: 'figures',
          items: [
            { label: t.businessInitiated, value: f.count(c.businessInitiated) },
            { label: t.covered, value: f.count(c.covered) },
            { label: t.coverage, value: f.share(c.coverage) },
            { label: t.noConsent, value: f.count(c.noConsent) },
            { label: t.afterOptOut, value: f.count(c.afterOptOut) },
            { label: t.purposeMismatch, value: f.count(c.purposeMismatch) },
          ],
        },
      ],
    },
    coverageSection(t.byAccount, t.account, c.byAccount, (r) => (r.label ? `${r.label} · ${r.key}` : r.key)),
    coverageSection(t.byCampaign, t.campaign, c.byCampaign, (r) => r.label ?? (r.key === '' ? t.noCampaign : r.key)),
    coverageSection(t.byChannel, t.channel, c.byChannel, (r) => r.key),
    {
      heading: t.optOutHeading,
      blocks: [
        { kind: 'paragraph', text: t.optOutText },
        {
          kind: 'figures',
          items: [
            { label: t.optOuts, value: f.count(report.optOut.optOuts) },
            { label: t.honoured, value: f.count(report.optOut.honoured) },
            { label: t.violated, value: f.count(report.optOut.violated) },
            { label: t.messagesAfter, value: f.count(report.optOut.messagesAfterOptOut) },
            { label: t.medianDelay, value: f.duration(report.optOut.medianDelaySeconds) },
            { label: t.maxDelay, value: f.duration(report.optOut.maxDelaySeconds) },
          ],
        },
      ],
    },
    {
      heading: t.violationsHeading,
      blocks: [
        { kind: 'paragraph', text: t.violationsText },
        {
          kind: 'figures',
          items: [
            { label: t.violationTotal, value: f.count(report.violationTotal) },
            { label: t.openCases, value: f.count(report.openCases.count) },
            { label: t.enforcementEvents, value: f.count(report.platformEnforcement.total) },
          ],
        },
        table(
          [
            { header: t.kind, weight: 2.2 },
            { header: t.severity, weight: 1.1 },
            right(t.total, 0.8),
            right(t.state_open),
            right(t.state_acknowledged, 1.3),
            right(t.state_resolved),
            right(t.state_false_positive, 1.3),
          ],
          report.violations.map((v) => [
            v.kind,
            severity(v.severity),
            f.count(v.total),
            f.count(v.open),
            f.count(v.acknowledged),
            f.count(v.resolved),
            f.count(v.falsePositive),
          ]),
        ),
      ],
    },
    {
      heading: t.trendHeading,
      blocks: [
        { kind: 'paragraph', text: t.trendText },
        table(
          [{ header: t.week, weight: 1.2 }, right(t.total, 0.8), { header: t.byKind, weight: 5 }],
          report.trend.map((p) => [
            p.date,
            f.count(p.total),
            p.byKind.map((k) => `${k.kind} ${f.count(k.count)}`).join(', '),
          ]),
        ),
      ],
    },
    {
      heading: t.casesHeading,
      blocks: [
        { kind: 'paragraph', text: t.casesText },
        {
          kind: 'figures',
          items: [
            { label: t.openCases, value: f.count(report.openCases.count) },
            { label: t.state_open, value: f.count(report.openCases.open) },
            { label: t.state_acknowledged, value: f.count(report.openCases.acknowledged) },
            {
              label: t.oldestOpen,
              value: f.duration(report.openCases.oldestAgeSeconds),
              note: report.openCases.oldestDetectedAt ? when(report.openCases.oldestDetectedAt) : undefined,
            },
          ],
        },
        table(
          [
            { header: t.detected, weight: 1.15 },
            { header: t.age, weight: 0.85 },
            { header: t.kind, weight: 2.2 },
            { header: t.severity, weight: 1 },
            { header: t.state, weight: 1.15 },
            { header: t.account, weight: 1.5 },
            { header: t.contact, weight: 1.1 },
            { header: t.evidence, weight: 2.7 },
          ],
          report.openCases.oldest.map((v) => [
            when(v.detectedAt),
            f.duration(v.ageSeconds),
            v.kind,
            severity(v.severity),
            state(v.caseState),
            v.accountName ?? v.accountId,
            v.contactId,
            evidenceSummary(v.evidence),
          ]),
        ),
      ],
    },
    {
      heading: t.enforcementHeading,
      blocks: [
        { kind: 'paragraph', text: t.enforcementText },
        table(
          [
            { header: t.occurred, weight: 1.3 },
            { header: t.account, weight: 1.8 },
            { header: t.event, weight: 1.8 },
            { header: t.status, weight: 1.8 },
            { header: t.severity, weight: 0.9 },
            { header: t.state, weight: 1 },
          ],
          report.platformEnforcement.events.map((e) => [
            when(e.occurredAt),
            e.accountName ?? e.accountId,
            e.eventType,
            [e.status, e.templateName, e.reason].filter(Boolean).join(' · '),
            severity(e.severity),
            state(e.caseState),
          ]),
        ),
      ],
    },
    {
      heading: t.rulesHeading,
      blocks: [
        { kind: 'paragraph', text: t.rulesText },
        table(
          [{ header: t.kind, weight: 2 }, { header: t.ruleVersion, weight: 3 }, right(t.violationTotal)],
          report.ruleVersions.map((r) => [r.kind, r.ruleVersion, f.count(r.violations)]),
        ),
      ],
    },
  ];

  const versions = report.ruleVersions.map((r) => r.ruleVersion);
  return {
    title: t.title,
    subtitle: report.tenantName,
    meta: [
      { label: t.tenant, value: report.tenantName },
      { label: t.period, value: `${report.from} – ${report.to} (${report.timeZone})` },
      {
        label: t.scope,
        value: `${t.accounts}: ${names(report.scope.accounts, t.allAccounts)}; ${t.campaigns}: ${names(report.scope.campaigns, t.allCampaigns)}`,
      },
      { label: t.generatedAt, value: `${localDateTime(report.generatedAt, report.timeZone)} (${report.timeZone})` },
      { label: t.ruleVersions, value: versions.length ? [...new Set(versions)].join(', ') : t.noRuleVersions },
    ],
    footer: `${t.footer} · ${report.tenantName} · ${report.from} – ${report.to}`,
    pageLabel: t.pageLabel,
    lang,
    generatedAt: report.generatedAt,
    sections,
  };
}

/** Evidence as "key: value" pairs (scalars only), shortened for a table cell. */
export function evidenceSummary(evidence: Record<string, unknown>): string {
  // The message snippet (admin and compliance only) first: it is what an auditor reads.
  const text = Object.entries(evidence)
    .sort(([a], [b]) => Number(b === 'snippet') - Number(a === 'snippet'))
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('; ');
  return text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS - 1)}…` : text;
}
