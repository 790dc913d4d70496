import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { Field } from '@web/components/ui/field';
import type { TeamsQuery as TeamsData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
import { Pager } from '../components/pager';
import { usePager } from '../components/use-pager';
import { CreateTeamMutation, DeleteTeamMutation, TeamsQuery, UpdateTeamMutation } from './agents.graphql';

type Team = TeamsData['teams']['nodes'][number];
const context = { additionalTypenames: ['Team'] };

export function TeamsSection({ editable }: { editable: boolean }) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: TeamsQuery,
    variables: { page: pager.page },
    context: useMemo(() => context, []),
  });
  const [deleteState, remove] = useMutation(DeleteTeamMutation);
  const [editing, setEditing] = useState<Team | null>(null);
  const teams = result.data?.teams;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  const del = async (team: Team) => {
    if (!window.confirm(t('common.deleteConfirm', { name: team.name }))) return;
    const outcome = await remove({ id: team.id });
    if (!outcome.error) refetch();
  };

  const columns: Column<Team>[] = [
    { key: 'name', header: t('column.name'), cell: (x) => x.name, csv: (x) => x.name },
    {
      key: 'agents',
      header: t('agents.agentCount'),
      cell: (x) => fmt.count(x.agentCount),
      csv: (x) => x.agentCount,
      numeric: true,
    },
    { key: 'created', header: t('column.created'), cell: (x) => fmt.dateTime(x.createdAt), csv: (x) => x.createdAt },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      header: t('column.actions'),
      cell: (x) => (
        <span className="row-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setEditing(x)}
            aria-label={t('common.editNamed', { name: x.name })}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => void del(x)}
            aria-label={t('common.deleteNamed', { name: x.name })}
          >
            {t('common.delete')}
          </button>
        </span>
      ),
    });
  }

  return (
    <Card title={t('agents.teams')}>
      <FormStatus error={deleteState.error} saved={false} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={!teams?.nodes.length}
        emptyText={t('agents.noTeams')}
        onRetry={refetch}
      >
        {teams && (
          <>
            <DataTable
              caption={t('agents.teams')}
              captionHidden
              exportName="teams"
              rows={teams.nodes}
              rowKey={(x) => x.id}
              columns={columns}
            />
            <Pager
              pageNumber={pager.pageNumber}
              totalCount={teams.totalCount}
              shown={teams.nodes.length}
              hasNextPage={teams.pageInfo.hasNextPage}
              endCursor={teams.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </DataState>
      {editable && <TeamForm key={editing?.id ?? 'new'} team={editing} onDone={() => setEditing(null)} />}
    </Card>
  );
}

function TeamForm({ team, onDone }: { team: Team | null; onDone: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(team?.name ?? '');
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [createState, create] = useMutation(CreateTeamMutation);
  const [updateState, update] = useMutation(UpdateTeamMutation);
  const state = team ? updateState : createState;
  const errors = mergeErrors({ name: checked && !name.trim() ? t('validation.required') : undefined }, state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (!name.trim()) return;
    const input = { name: name.trim() };
    const outcome = team ? await update({ id: team.id, input }) : await create({ input });
    if (!outcome.error) {
      setSaved(true);
      setChecked(false);
      if (team) onDone();
      else setName('');
    }
  };

  return (
    <form className="form-inline" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={team ? t('agents.renameTeam', { name: team.name }) : t('agents.newTeam')} error={errors.name}>
        {(a) => <input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {team ? t('common.save') : t('agents.createTeam')}
        </button>
        {team && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
        <FormStatus error={state.error} saved={saved} />
      </div>
    </form>
  );
}
