import { useState } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import type { Column } from '@web/components/ui/data-table';
import type { AgentFieldsFragment as Agent } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { EMAIL } from '../components/form-errors';
import { FormActions } from '../components/form-actions';
import { FormField } from '../components/form-field';
import { RowActions } from '../components/row-actions';
import { SettingsForm } from '../components/settings-form';
import { SettingsList } from '../components/settings-list';
import { TextField } from '../components/text-field';
import { useDeleteMutation } from '../components/use-delete-mutation';
import { useFormValues } from '../components/use-form-values';
import { usePagedList } from '../components/use-paged-list';
import { useSaveMutation } from '../components/use-save-mutation';
import { useSettingsForm } from '../components/use-settings-form';
import {
  AgentsQuery,
  CreateAgentMutation,
  DeleteAgentMutation,
  TeamsQuery,
  UpdateAgentMutation,
} from './agents.graphql';

export function AgentsSection({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const list = usePagedList(AgentsQuery, { typename: 'Agent', select: (data) => data.agents });
  const deletion = useDeleteMutation(DeleteAgentMutation, list.refetch);
  const [editing, setEditing] = useState<Agent | null>(null);

  const columns: Column<Agent>[] = [
    { key: 'name', header: t('column.name'), cell: (x) => x.name, csv: (x) => x.name },
    {
      key: 'externalId',
      header: t('agents.externalId'),
      cell: (x) => <code>{x.externalId}</code>,
      csv: (x) => x.externalId,
    },
    { key: 'email', header: t('column.email'), cell: (x) => x.email ?? '—', csv: (x) => x.email },
    { key: 'team', header: t('agents.team'), cell: (x) => x.team?.name ?? '—', csv: (x) => x.team?.name },
    {
      key: 'active',
      header: t('column.status'),
      cell: (x) => t(x.active ? 'users.active' : 'users.inactive'),
      csv: (x) => x.active,
    },
  ];

  return (
    <>
      <SettingsList
        title={t('agents.agents')}
        list={list}
        columns={columns}
        actions={
          editable
            ? (x) => <RowActions name={x.name} onEdit={() => setEditing(x)} onDelete={() => deletion.remove(x.id)} />
            : undefined
        }
        exportName="agents"
        emptyText={t('agents.noAgents')}
        actionError={deletion.error}
      />
      {editable && <AgentForm key={editing?.id ?? 'new'} agent={editing} onDone={() => setEditing(null)} />}
    </>
  );
}

function AgentForm({ agent, onDone }: { agent: Agent | null; onDone: () => void }) {
  const { t } = useI18n();
  const [teams] = useQuery({ query: TeamsQuery, variables: { page: { first: 200 } } });
  const { values, setValues, set, field } = useFormValues({
    externalId: agent?.externalId ?? '',
    name: agent?.name ?? '',
    email: agent?.email ?? '',
    teamId: agent?.team?.id ?? '',
    active: agent?.active ?? true,
  });
  const mutation = useSaveMutation(CreateAgentMutation, UpdateAgentMutation, agent?.id);
  const form = useSettingsForm(
    {
      externalId: !values.externalId.trim() ? t('validation.required') : undefined,
      name: !values.name.trim() ? t('validation.required') : undefined,
      email: values.email.trim() && !EMAIL.test(values.email.trim()) ? t('validation.email') : undefined,
    },
    mutation,
  );
  const save = () =>
    mutation.save({
      externalId: values.externalId.trim(),
      name: values.name.trim(),
      email: values.email.trim() || null,
      teamId: values.teamId || null,
      active: values.active,
    });
  const saved = () =>
    agent ? onDone() : setValues({ externalId: '', name: '', email: '', teamId: values.teamId, active: true });

  return (
    <Card title={agent ? t('agents.edit', { name: agent.name }) : t('agents.create')}>
      <SettingsForm className="form-grid" errors={form.errors} onSubmit={form.submit(save, saved)}>
        <TextField label={t('agents.externalId')} hint={t('agents.externalIdHint')} {...field('externalId')} />
        <TextField label={t('column.name')} {...field('name')} />
        <TextField label={t('column.email')} type="email" {...field('email')} />
        <FormField path="teamId" label={t('agents.team')}>
          {(a) => (
            <select {...a} value={values.teamId} onChange={(e) => set('teamId', e.target.value)}>
              <option value="">{t('agents.noTeam')}</option>
              {teams.data?.teams.nodes.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <label className="checkbox">
          <input type="checkbox" checked={values.active} onChange={(e) => set('active', e.target.checked)} />
          {t('users.active')}
        </label>
        <FormActions
          {...form.status}
          submitLabel={agent ? t('common.save') : t('agents.createSubmit')}
          onCancel={agent ? onDone : undefined}
        />
      </SettingsForm>
    </Card>
  );
}
