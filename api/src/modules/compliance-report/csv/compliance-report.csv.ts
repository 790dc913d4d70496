import type { ConsentCoverageRowModel } from '../../consent/dtos/consent-coverage.model';
import type { ComplianceReportModel } from '../dtos/compliance-report.model';
import { CSV_BOM, csvLine, type CsvCell } from './csv-writer';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/**
 * The compliance report as CSV blocks: each block is a title record (`# <section>`), a header record and its rows,
 * followed by an empty record. Headers are English and stable (machine-readable); instants are ISO 8601 UTC,
 * shares are fractions (0.75), delays and ages are seconds.
 */
export function complianceReportCsv(report: ComplianceReportModel): string {
  const out: string[] = [CSV_BOM];
  const block = (title: string, header: string[], rows: CsvCell[][]) => {
    out.push(csvLine([`# ${title}`]), csvLine(header), ...rows.map(csvLine), '\r\n');
  };
  const coverageRows = (rows: ConsentCoverageRowModel[]) =>
    rows.map((r) => [
      r.key,
      r.label,
      r.channel,
      r.messages,
      r.businessInitiated,
      r.covered,
      r.coverage,
      r.noConsent,
      r.afterOptOut,
      r.purposeMismatch,
    ]);
  const coverageHeader = [
    'key',
    'label',
    'channel',
    'messages',
    'businessInitiated',
    'covered',
    'coverage',
    'noConsent',
    'afterOptOut',
    'purposeMismatch',
  ];
  const c = report.coverage;

  block(
    'report',
    ['field', 'value'],
    [
      ['tenant', report.tenantName],
      ['from', report.from],
      ['to', report.to],
      ['timeZone', report.timeZone],
      ['accounts', report.scope.accounts.map((a) => a.name).join('; ') || 'all'],
      ['campaigns', report.scope.campaigns.map((a) => a.name).join('; ') || 'all'],
      ['generatedAt', iso(report.generatedAt)],
    ],
  );
  block(
    'coverage',
    ['businessInitiated', 'covered', 'coverage', 'noConsent', 'afterOptOut', 'purposeMismatch'],
    [[c.businessInitiated, c.covered, c.coverage, c.noConsent, c.afterOptOut, c.purposeMismatch]],
  );
  block('coverage by account', coverageHeader, coverageRows(c.byAccount));
  block('coverage by campaign', coverageHeader, coverageRows(c.byCampaign));
  block('coverage by channel', coverageHeader, coverageRows(c.byChannel));
  const o = report.optOut;
  block(
    'opt-out honouring',
    ['optOuts', 'honoured', 'violated', 'messagesAfterOptOut', 'medianDelaySeconds', 'maxDelaySeconds'],
    [[o.optOuts, o.honoured, o.violated, o.messagesAfterOptOut, o.medianDelaySeconds, o.maxDelaySeconds]],
  );
  block(
    'violations by kind and severity',
    ['kind', 'severity', 'total', 'open', 'acknowledged', 'resolved', 'falsePositive'],
    report.violations.map((v) => [v.kind, v.severity, v.total, v.open, v.acknowledged, v.resolved, v.falsePositive]),
  );
  block(
    'weekly trend',
    ['week', 'kind', 'violations'],
    report.trend.flatMap((p) =>
      p.byKind.length ? p.byKind.map((k) => [p.date, k.kind, k.count]) : [[p.date, '', 0] as CsvCell[]],
    ),
  );
  const cases = report.openCases;
  block(
    'open cases',
    ['count', 'open', 'acknowledged', 'oldestDetectedAt', 'oldestAgeSeconds'],
    [[cases.count, cases.open, cases.acknowledged, iso(cases.oldestDetectedAt), cases.oldestAgeSeconds]],
  );
  block(
    'oldest open cases',
    [
      'violationId',
      'kind',
      'severity',
      'ruleVersion',
      'caseState',
      'occurredAt',
      'detectedAt',
      'ageSeconds',
      'channel',
      'accountId',
      'accountName',
      'contactId',
      'campaignId',
      'templateName',
      'assigneeUserId',
      'evidence',
    ],
    cases.oldest.map((v) => [
      v.id,
      v.kind,
      v.severity,
      v.ruleVersion,
      v.caseState,
      iso(v.occurredAt),
      iso(v.detectedAt),
      v.ageSeconds,
      v.channel,
      v.accountId,
      v.accountName,
      v.contactId,
      v.campaignId,
      v.templateName,
      v.assigneeUserId,
      JSON.stringify(v.evidence),
    ]),
  );
  block(
    'platform enforcement',
    [
      'violationId',
      'eventId',
      'occurredAt',
      'severity',
      'caseState',
      'channel',
      'accountId',
      'accountName',
      'eventType',
      'status',
      'templateName',
      'reason',
    ],
    report.platformEnforcement.events.map((e) => [
      e.violationId,
      e.eventId,
      iso(e.occurredAt),
      e.severity,
      e.caseState,
      e.channel,
      e.accountId,
      e.accountName,
      e.eventType,
      e.status,
      e.templateName,
      e.reason,
    ]),
  );
  block(
    'rule versions',
    ['kind', 'ruleVersion', 'violations'],
    report.ruleVersions.map((r) => [r.kind, r.ruleVersion, r.violations]),
  );
  return out.join('');
}
