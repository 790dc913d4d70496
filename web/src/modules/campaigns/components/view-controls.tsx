import { OptionSelect } from '@web/components/ui/option-select';
import { useI18n } from '@web/i18n/i18n-context';
import type { AttributionModel, CampaignDimension } from '../campaign-types';
import { GROUPS, MODELS } from '../campaigns-params';

/** The attribution model (toggle buttons) and the grouping of the table and cost chart; both live in the URL. */
export function ViewControls({
  model,
  group,
  windowDays,
  onModel,
  onGroup,
}: {
  model: AttributionModel;
  group: CampaignDimension;
  windowDays: number | undefined;
  onModel: (model: AttributionModel) => void;
  onGroup: (group: CampaignDimension) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="view-controls">
      <fieldset className="filter-presets">
        <legend>{t('campaigns.model')}</legend>
        {MODELS.map((m) => (
          <button
            key={m.value}
            type="button"
            className="chip"
            aria-pressed={model === m.value}
            onClick={() => onModel(m.value)}
          >
            {t(m.label)}
          </button>
        ))}
      </fieldset>
      <OptionSelect label={t('campaigns.groupBy')} value={group} options={GROUPS} onChange={onGroup} />
      {windowDays !== undefined && <p className="muted">{t('campaigns.windowNote', { count: windowDays })}</p>}
    </div>
  );
}
