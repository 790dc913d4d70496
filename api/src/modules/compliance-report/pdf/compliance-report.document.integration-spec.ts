import type { ComplianceReportModel } from '../dtos/compliance-report.model';
import { REPORT_CATALOGUES, REPORT_LANGUAGES } from '../i18n/report-catalogue';
import { pdfText } from '../testing/pdf-text';
import { complianceReportDocument, evidenceSummary } from './compliance-report.document';
import { renderPdfReport } from './pdf-report.renderer';

const AT = new Date('2026-02-20T10:00:00.000Z');

function report(): ComplianceReportModel {
  const row = (key: string, label: string | null) => ({
    key,
    label,
    channel: null,
    messages: 10,
    businessInitiated: 8,
    covered: 3,
    coverage: 0.375,
    noConsent: 3,
    afterOptOut: 1,
    purposeMismatch: 1,
  });
  return {
    from: '2026-02-02',
    to: '2026-02-15',
    timeZone: 'Europe/Warsaw',
    generatedAt: AT,
    tenantName: 'Sklep Żabka',
    scope: { accounts: [{ id: 'a1', name: 'Аптека' }], campaigns: [] },
    coverage: {
      businessInitiated: 8,
      covered: 3,
      coverage: 0.375,
      noConsent: 3,
      afterOptOut: 1,
      purposeMismatch: 1,
      byAccount: [row('wa_1', 'Аптека')],
      byCampaign: [row('', null)],
      byChannel: [row('whatsapp', null)],
    },
    optOut: {
      optOuts: 2,
      honoured: 1,
      violated: 1,
      messagesAfterOptOut: 1,
      medianDelaySeconds: 3_900,
      maxDelaySeconds: 3_900,
    },
    violationTotal: 0,
    violations: [],
    trend: [{ date: '2026-02-02', total: 0, byKind: [] }],
    openCases: { count: 0, open: 0, acknowledged: 0, oldestDetectedAt: null, oldestAgeSeconds: null, oldest: [] },
    platformEnforcement: { total: 0, events: [] },
    ruleVersions: [],
  };
}

describe('compliance report document', () => {
  it.each(REPORT_LANGUAGES)(
    '%s: headings, definitions and figures in the language, empty parts stated',
    async (lang) => {
      const t = REPORT_CATALOGUES[lang];
      const text = pdfText(await renderPdfReport(complianceReportDocument(report(), lang)));
      for (const expected of [
        t.title,
        t.coverageHeading,
        t.optOutHeading,
        t.casesHeading,
        t.rulesHeading,
        t.noRuleVersions,
      ])
        expect(text).toContain(expected);
      expect(text).toContain('2026-02-20 11:00 (Europe/Warsaw)');
      expect(text).toContain(`1 ${t.unit_h} 5 ${t.unit_min}`);
      expect(text).toMatch(/37[.,]5\s?%/);
      expect(text).toContain(t.noCampaign);
      expect(text).toContain(t.none);
      expect(text).toContain(t.pageLabel.replace('{page}', '1').replace('{pages}', '2').split(' ')[0]);
    },
  );

  it('evidence is summarised snippet first, scalars only, shortened', () => {
    expect(evidenceSummary({ category: 'weapons', snippet: 'buy a pistol', nested: { a: 1 }, none: null })).toBe(
      'snippet: buy a pistol; category: weapons',
    );
    expect(evidenceSummary({ snippet: 'x'.repeat(400) })).toHaveLength(160);
  });
});
