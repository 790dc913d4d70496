import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataTable } from '@web/components/ui/data-table';
import { Field } from '@web/components/ui/field';
import type { CampaignFieldsFragment as Campaign } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { isIsoDate } from '@web/lib/dates';
import { mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
import { SetCampaignSpendMutation } from './campaigns.graphql';

/** Daily spend of one campaign: the recorded days, and a form that sets (replaces) the amount for a day. */
export function SpendEditor({
  campaign,
  editable,
  onClose,
}: {
  campaign: Campaign;
  editable: boolean;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [state, setSpend] = useMutation(SetCampaignSpendMutation);
  const parsed = Number(amount.replace(',', '.'));
  const client = {
    date: !isIsoDate(date) ? t('validation.date') : undefined,
    amount: amount.trim() === '' || !Number.isFinite(parsed) || parsed < 0 ? t('validation.amount') : undefined,
  };
  const errors = mergeErrors(checked ? client : {}, state.error);
  const spend = [...campaign.spend].sort((a, b) => b.date.localeCompare(a.date));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (client.date || client.amount) return;
    const outcome = await setSpend({ id: campaign.id, spend: [{ date, amount: parsed }] });
    if (!outcome.error) {
      setSaved(true);
      setChecked(false);
      setAmount('');
    }
  };

  return (
    <Card
      title={t('campaigns.spendOf', { name: campaign.name, total: fmt.money(campaign.totalSpend, campaign.currency) })}
      actions={
        <button type="button" className="button button-small button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      {spend.length === 0 ? (
        <p className="state state-empty">{t('campaigns.noSpend')}</p>
      ) : (
        <DataTable
          caption={t('campaigns.spend')}
          captionHidden
          exportName={`spend-${campaign.key}`}
          rows={spend}
          rowKey={(s) => s.date}
          columns={[
            { key: 'date', header: t('column.date'), cell: (s) => fmt.date(s.date), csv: (s) => s.date },
            {
              key: 'amount',
              header: t('campaigns.amount'),
              cell: (s) => fmt.money(s.amount, campaign.currency),
              csv: (s) => s.amount,
              numeric: true,
            },
          ]}
        />
      )}
      {editable && (
        <form className="form-inline" onSubmit={(e) => void submit(e)} noValidate>
          <Field label={t('column.date')} error={errors.date}>
            {(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label={t('campaigns.amountIn', { currency: campaign.currency })} error={errors.amount}>
            {(a) => <input {...a} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={state.fetching}>
              {t('campaigns.setSpend')}
            </button>
            <FormStatus error={state.error} saved={saved} />
          </div>
        </form>
      )}
    </Card>
  );
}
