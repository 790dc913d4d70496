import { useState } from 'react';
import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataTable } from '@web/components/ui/data-table';
import type { CampaignFieldsFragment as Campaign } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { isIsoDate } from '@web/lib/dates';
import { FormActions } from '../components/form-actions';
import { SettingsForm } from '../components/settings-form';
import { TextField } from '../components/text-field';
import { useSettingsForm } from '../components/use-settings-form';
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
  const [state, setSpend] = useMutation(SetCampaignSpendMutation);
  const parsed = Number(amount.replace(',', '.'));
  const form = useSettingsForm(
    {
      date: !isIsoDate(date) ? t('validation.date') : undefined,
      amount: amount.trim() === '' || !Number.isFinite(parsed) || parsed < 0 ? t('validation.amount') : undefined,
    },
    state,
  );
  const spend = [...campaign.spend].sort((a, b) => b.date.localeCompare(a.date));
  const save = () => setSpend({ id: campaign.id, spend: [{ date, amount: parsed }] });

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
        <SettingsForm className="form-inline" errors={form.errors} onSubmit={form.submit(save, () => setAmount(''))}>
          <TextField path="date" label={t('column.date')} type="date" value={date} onChange={setDate} />
          <TextField
            path="amount"
            label={t('campaigns.amountIn', { currency: campaign.currency })}
            inputMode="decimal"
            value={amount}
            onChange={setAmount}
          />
          <FormActions {...form.status} submitLabel={t('campaigns.setSpend')} />
        </SettingsForm>
      )}
    </Card>
  );
}
