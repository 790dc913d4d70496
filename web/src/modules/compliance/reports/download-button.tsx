import { useI18n } from '@web/i18n/i18n-context';
import { useDownload } from './download-file';

/** A button that downloads a server-rendered file, saying so while it waits and why when it fails. */
export function DownloadButton({ url, fileName, label }: { url: string; fileName: string; label: string }) {
  const { t } = useI18n();
  const { busy, failed, download } = useDownload();
  return (
    <span className="download-button">
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => void download(url, fileName)}
      >
        {label}
      </button>
      <span role="status" aria-live="polite">
        {busy
          ? t('complianceReports.downloading')
          : failed && (
              <span className="error-text">
                {failed.status === 0
                  ? t('complianceReports.downloadOffline')
                  : t('complianceReports.downloadFailed', { status: failed.status, code: failed.code ?? '—' })}
              </span>
            )}
      </span>
    </span>
  );
}
