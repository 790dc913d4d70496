import { useState } from 'react';
import type { Column } from '@web/components/ui/data-table';
import type { TeamsQuery as TeamsData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { RowActions } from '../components/row-actions';
import { SettingsForm } from '../components/settings-form';
import { SettingsList } from '../components/settings-list';
import { TextField } from '../components/text-field';
import { useDeleteMutation } from '../components/use-delete-mutation';
import { usePagedList } from '../components/use-paged-list';
import { useSaveMutation } from '../components/use-save-mutation';
import { useFormValues } from '../components/use-form-values';
import { useSettingsForm } from '../components/use-settings-form';
import { CreateTeamMutation, DeleteTeamMutation, TeamsQuery, UpdateTeamMutation } from './agents.graphql';

type Team = TeamsData['teams']['nodes'][number];

export function TeamsSection({ editable }: { editable: boolean }) {
  const { t, fmt } = useI18n();
  const list = usePagedList(TeamsQuery, { typename: 'Team', select: (data) => data.teams });
  const deletion = useDeleteMutation(DeleteTeamMutation, list.refetch);
  const [editing, setEditing] = useState<Team | null>(null);

  const columns: Column<Team>[] = [
    { key: 'name', header: t('column.name'), cell: (x) => x.name, csv: (x) => x.name },
    {
      key: 'externalId',
      header: t('agents.teamExternalId'),
      cell: (x) => (x.externalId ? <code>{x.externalId}</code> : '—'),
      csv: (x) => x.externalId,
    },
    {
      key: 'agents',
      header: t('agents.agentCount'),
      cell: (x) => fmt.count(x.agentCount),
      csv: (x) => x.agentCount,
      numeric: true,
    },
    { key: 'created', header: t('column.created'), cell: (x) => fmt.dateTime(x.createdAt), csv: (x) => x.createdAt },
  ];

  return (
    <SettingsList
      title={t('agents.teams')}
      list={list}
      columns={columns}
      actions={
        editable
          ? (x) => <RowActions name={x.name} onEdit={() => setEditing(x)} onDelete={() => deletion.remove(x.id)} />
          : undefined
      }
      exportName="teams"
      emptyText={t('agents.noTeams')}
      actionError={deletion.error}
    >
      {editable && <TeamForm key={editing?.id ?? 'new'} team={editing} onDone={() => setEditing(null)} />}
    </SettingsList>
  );
}

function TeamForm({ team, onDone }: { team: Team | null; onDone: () => void }) {
  const { t } = useI18n();
  const { values, setValues, field } = useFormValues({ name: team?.name ?? '', externalId: team?.externalId ?? '' });
  const mutation = useSaveMutation(CreateTeamMutation, UpdateTeamMutation, team?.id);
  const form = useSettingsForm({ name: !values.name.trim() ? t('validation.required') : undefined }, mutation);

  return (
    <SettingsForm
      className="form-inline"
      errors={form.errors}
      onSubmit={form.submit(
        // Blank means the events carry no team id for this team.
        () => mutation.save({ name: values.name.trim(), externalId: values.externalId.trim() || null }),
        () => (team ? onDone() : setValues({ name: '', externalId: '' })),
      )}
    >
      <TextField label={team ? t('agents.renameTeam', { name: team.name }) : t('agents.newTeam')} {...field('name')} />
      <TextField label={t('agents.teamExternalId')} hint={t('agents.teamExternalIdHint')} {...field('externalId')} />
      <FormActions
        {...form.status}
        submitLabel={team ? t('common.save') : t('agents.createTeam')}
        onCancel={team ? onDone : undefined}
      />
    </SettingsForm>
  );
}
