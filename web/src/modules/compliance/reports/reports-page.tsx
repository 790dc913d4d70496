import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { PageHeader } from '@web/components/ui/page-header';
import { useI18n } from '@web/i18n/i18n-context';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { DataState } from '@web/components/ui/data-state';
import { ComplianceTabs } from '../compliance-tabs';
import { DownloadButton } from './download-button';
import { ReportScopeBar } from './report-scope-bar';
import { ReportView } from './report-view';
import { reportDownloadUrl, reportInput } from './report-params';
import { ComplianceReportQuery } from './reports.graphql';

/**
 * Compliance → Reports: the compliance report of a period and scope on screen (coverage, opt-out honouring,
 * violations by kind and severity with the weekly trend, open cases, platform enforcement, rule versions) and the
 * same report as PDF (in the interface language) and CSV for an auditor.
 */
export function ComplianceReportsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('nav.compliance')} subtitle={t('complianceReports.subtitle')} />
      <ComplianceTabs />
      {can('ADMIN', 'COMPLIANCE', 'MANAGER') ? (
        <ReportSection />
      ) : (
        <div className="card" role="alert">
          <p>{t('complianceReports.forbidden')}</p>
        </div>
      )}
    </>
  );
}

function ReportSection() {
  const { t, locale } = useI18n();
  const { state } = useAnalyticsFilter();
  const [params] = useSearchParams();
  const input = useMemo(() => reportInput(state, params), [state, params]);
  const [result, reexecute] = useQuery({
    query: ComplianceReportQuery,
    variables: { input: input! },
    pause: !input,
  });
  const report = result.data?.complianceReport;
  return (
    <>
      <ReportScopeBar />
      {input && (
        <div className="card report-downloads">
          <DownloadButton
            url={reportDownloadUrl(input, 'pdf', locale)}
            fileName={`compliance-report_${input.from}_${input.to}_${locale}.pdf`}
            label={t('complianceReports.downloadPdf')}
          />
          <DownloadButton
            url={reportDownloadUrl(input, 'csv', locale)}
            fileName={`compliance-report_${input.from}_${input.to}.csv`}
            label={t('complianceReports.downloadCsv')}
          />
        </div>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={!report}
        emptyText={input ? undefined : t('complianceReports.invalidPeriod')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        minHeight={200}
      >
        {report && <ReportView report={report} />}
      </DataState>
    </>
  );
}
