import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import type { AlertRuleFieldsFragment as AlertRule } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormStatus } from '../components/form-status';
import { RowActions } from '../components/row-actions';
import { AlertDeliverySection } from './alert-delivery-section';
import { AlertRuleForm } from './alert-rule-form';
import { AlertRulesQuery, DeleteAlertRuleMutation } from './alerts-settings.graphql';

/** Alert rules (what fires), where firings go (webhook, e-mail); everyone sees the rules, some roles edit them. */
export function AlertsSettingsPage() {
  const { can } = useSession();
  const editable = can('ADMIN', 'MANAGER', 'COMPLIANCE');
  return (
    <>
      <AlertRulesSection editable={editable} />
      {editable && <AlertDeliverySection webhookEditable={can('ADMIN')} />}
    </>
  );
}

function AlertRulesSection({ editable }: { editable: boolean }) {
  const { t, fmt } = useI18n();
  const [result, reexecute] = useQuery({ query: AlertRulesQuery });
  const [deletion, remove] = useMutation(DeleteAlertRuleMutation);
  const [editing, setEditing] = useState<AlertRule | null>(null);
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const rules = result.data?.alertRules ?? [];
  const title = t('alertSettings.rules');
  const columns: Column<AlertRule>[] = [
    { key: 'name', header: t('column.name'), cell: (r) => r.name, csv: (r) => r.name },
    {
      key: 'kind',
      header: t('alertSettings.kind'),
      cell: (r) => t(`alertSettings.kind.${r.kind}`),
      csv: (r) => r.kind,
    },
    {
      key: 'enabled',
      header: t('alertSettings.enabled'),
      cell: (r) => t(r.enabled ? 'common.yes' : 'common.no'),
      csv: (r) => r.enabled,
    },
    {
      key: 'threshold',
      header: t('alertSettings.threshold'),
      cell: (r) =>
        r.threshold === null || r.threshold === undefined
          ? '—'
          : t(r.kind === 'SLA_BELOW_TARGET' ? 'alertSettings.thresholdPercent' : 'alertSettings.thresholdPoints', {
              value: fmt.score(r.threshold),
            }),
      csv: (r) => r.threshold,
      numeric: true,
    },
    {
      key: 'accounts',
      header: t('alertSettings.accounts'),
      cell: (r) => (r.accountIds.length ? r.accountIds.join(', ') : t('alertSettings.allAccounts')),
      csv: (r) => r.accountIds.join(' '),
    },
    {
      key: 'delivery',
      header: t('alertSettings.delivery'),
      cell: (r) =>
        [r.notifyWebhook ? t('alertSettings.webhook') : null, ...r.emailRecipients].filter(Boolean).join(', ') ||
        t('alertSettings.dashboardOnly'),
      csv: (r) => [r.notifyWebhook ? 'webhook' : null, ...r.emailRecipients].filter(Boolean).join(' '),
    },
    {
      key: 'updated',
      header: t('alertSettings.updatedAt'),
      cell: (r) => fmt.dateTime(r.updatedAt),
      csv: (r) => r.updatedAt,
    },
  ];
  if (editable)
    columns.push({
      key: 'actions',
      header: t('column.actions'),
      cell: (r) => (
        <RowActions
          name={r.name}
          onEdit={() => setEditing(r)}
          onDelete={() =>
            void remove({ id: r.id }).then((outcome) => {
              if (outcome.error) return;
              if (editing?.id === r.id) setEditing(null);
              refetch();
            })
          }
        />
      ),
    });
  return (
    <Card title={title}>
      {!editable && <p className="muted">{t('settings.readOnly')}</p>}
      <p className="field-hint">{t('alertSettings.intro')}</p>
      <FormStatus error={deletion.error} saved={false} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rules.length === 0}
        emptyText={t('alertSettings.noRules')}
        onRetry={refetch}
      >
        <DataTable<AlertRule>
          caption={title}
          captionHidden
          exportName="alert-rules"
          rows={rules}
          rowKey={(r) => r.id}
          columns={columns}
        />
      </DataState>
      {editable && (
        <AlertRuleForm
          key={editing?.id ?? 'new'}
          rule={editing}
          onSaved={() => {
            setEditing(null);
            refetch();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
