import { useI18n } from '@web/i18n/i18n-context';

/**
 * A share of a limit or threshold as a bar with its percentage (a meter for assistive technology); values above 1
 * fill the bar and are said as they are; no value reads "not measurable".
 */
export function TierGauge({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: number | null | undefined;
  /** Under the bar, e.g. "412 of 1,000". */
  detail?: string;
  testId?: string;
}) {
  const { t, fmt } = useI18n();
  if (value === null || value === undefined) {
    return (
      <div className="gauge" data-testid={testId}>
        <span className="gauge-label">{label}</span>
        <span className="muted">{t('quality.noGauge')}</span>
      </div>
    );
  }
  const percent = Math.round(Math.min(Math.max(value, 0), 1) * 100);
  const tone = value >= 1 ? 'gauge-full' : value >= 0.8 ? 'gauge-high' : '';
  return (
    <div className="gauge" data-testid={testId}>
      <span className="gauge-label">{label}</span>
      <div
        className="gauge-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={fmt.ratio(value)}
      >
        <div className={`gauge-fill ${tone}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="gauge-value">
        {fmt.ratio(value)}
        {detail && <span className="muted"> · {detail}</span>}
      </span>
    </div>
  );
}
