import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import type { AlertDeliverySettingsFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { SettingsForm } from '../components/settings-form';
import { SettingsLoader } from '../components/settings-loader';
import { TextField } from '../components/text-field';
import { useSettingsForm } from '../components/use-settings-form';
import { AlertDeliverySettingsQuery, UpdateAlertWebhookMutation } from './alerts-settings.graphql';

/** Where firings go besides the dashboard: the signed webhook (its secret shown once) and whether e-mail works. */
export function AlertDeliverySection({ webhookEditable }: { webhookEditable: boolean }) {
  const { t } = useI18n();
  return (
    <Card title={t('alertSettings.deliveryTitle')}>
      <SettingsLoader query={AlertDeliverySettingsQuery} select={(data) => data.alertDeliverySettings}>
        {(settings) => <DeliveryForm settings={settings} editable={webhookEditable} />}
      </SettingsLoader>
    </Card>
  );
}

function DeliveryForm({ settings, editable }: { settings: AlertDeliverySettingsFieldsFragment; editable: boolean }) {
  const { t } = useI18n();
  const [url, setUrl] = useState(settings.webhookUrl ?? '');
  const [state, update] = useMutation(UpdateAlertWebhookMutation);
  const [secret, setSecret] = useState<string | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const trimmed = url.trim();
  const form = useSettingsForm(
    { url: trimmed && !/^https?:\/\/\S+$/i.test(trimmed) ? t('alertSettings.urlInvalid') : undefined },
    state,
  );
  const save = () => update({ url: trimmed || null });
  const saved = ({ data }: Awaited<ReturnType<typeof save>>) => {
    // The secret exists only in this response; it stays in memory until dismissed.
    setSecret(data?.updateAlertWebhook.settings.webhookUrl ? data.updateAlertWebhook.secret : null);
    setTimeout(() => secretRef.current?.select(), 0);
  };
  return (
    <>
      <p data-testid="email-availability">
        {settings.emailEnabled ? t('alertSettings.emailOn') : t('alertSettings.emailOff')}
      </p>
      <p className="muted">
        {settings.webhookUrl
          ? t('alertSettings.webhookOn', { url: settings.webhookUrl, hint: settings.webhookSecretHint ?? '—' })
          : t('alertSettings.webhookOff')}
      </p>
      {secret && (
        <div className="secret-box" role="alert">
          <p>
            <strong>{t('alertSettings.secretOnce')}</strong>
          </p>
          <label htmlFor="alert-webhook-secret" className="visually-hidden">
            {t('alertSettings.secret')}
          </label>
          <div className="secret-row">
            <input
              id="alert-webhook-secret"
              ref={secretRef}
              readOnly
              value={secret}
              className="secret-value"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button button-secondary" onClick={() => setSecret(null)}>
              {t('apiKeys.dismiss')}
            </button>
          </div>
        </div>
      )}
      {editable ? (
        <SettingsForm className="form-grid" errors={form.errors} onSubmit={form.submit(save, saved)}>
          <TextField
            path="url"
            label={t('alertSettings.webhookUrl')}
            hint={t('alertSettings.webhookUrlHint')}
            type="url"
            value={url}
            onChange={setUrl}
          />
          <FormActions {...form.status} submitLabel={t('alertSettings.saveWebhook')} />
        </SettingsForm>
      ) : (
        <p className="muted">{t('alertSettings.webhookAdminOnly')}</p>
      )}
    </>
  );
}
