import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { Field } from '@web/components/ui/field';
import type { AgentFieldsFragment as Agent } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { EMAIL, mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
import { Pager } from '../components/pager';
import { usePager } from '../components/use-pager';
import {
  AgentsQuery,
  CreateAgentMutation,
  DeleteAgentMutation,
  TeamsQuery,
  UpdateAgentMutation,
} from './agents.graphql';

const context = { additionalTypenames: ['Agent'] };

export function AgentsSection({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: AgentsQuery,
    variables: { page: pager.page },
    context: useMemo(() => context, []),
  });
  const [deleteState, remove] = useMutation(DeleteAgentMutation);
  const [editing, setEditing] = useState<Agent | null>(null);
  const agents = result.data?.agents;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  const del = async (agent: Agent) => {
    if (!window.confirm(t('common.deleteConfirm', { name: agent.name }))) return;
    const outcome = await remove({ id: agent.id });
    if (!outcome.error) refetch();
  };

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
    <>
      <Card title={t('agents.agents')}>
        <FormStatus error={deleteState.error} saved={false} />
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={!agents?.nodes.length}
          emptyText={t('agents.noAgents')}
          onRetry={refetch}
        >
          {agents && (
            <>
              <DataTable
                caption={t('agents.agents')}
                captionHidden
                exportName="agents"
                rows={agents.nodes}
                rowKey={(x) => x.id}
                columns={columns}
              />
              <Pager
                pageNumber={pager.pageNumber}
                totalCount={agents.totalCount}
                shown={agents.nodes.length}
                hasNextPage={agents.pageInfo.hasNextPage}
                endCursor={agents.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          )}
        </DataState>
      </Card>
      {editable && <AgentForm key={editing?.id ?? 'new'} agent={editing} onDone={() => setEditing(null)} />}
    </>
  );
}

function AgentForm({ agent, onDone }: { agent: Agent | null; onDone: () => void }) {
  const { t } = useI18n();
  const [teams] = useQuery({ query: TeamsQuery, variables: { page: { first: 200 } } });
  const initial = {
    externalId: agent?.externalId ?? '',
    name: agent?.name ?? '',
    email: agent?.email ?? '',
    teamId: agent?.team?.id ?? '',
    active: agent?.active ?? true,
  };
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [createState, create] = useMutation(CreateAgentMutation);
  const [updateState, update] = useMutation(UpdateAgentMutation);
  const state = agent ? updateState : createState;
  const client = {
    externalId: checked && !values.externalId.trim() ? t('validation.required') : undefined,
    name: checked && !values.name.trim() ? t('validation.required') : undefined,
    email: checked && values.email.trim() && !EMAIL.test(values.email.trim()) ? t('validation.email') : undefined,
  };
  const errors = mergeErrors(client, state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (!values.externalId.trim() || !values.name.trim() || (values.email.trim() && !EMAIL.test(values.email.trim())))
      return;
    const input = {
      externalId: values.externalId.trim(),
      name: values.name.trim(),
      email: values.email.trim() || null,
      teamId: values.teamId || null,
      active: values.active,
    };
    const outcome = agent ? await update({ id: agent.id, input }) : await create({ input });
    if (!outcome.error) {
      setSaved(true);
      setChecked(false);
      if (agent) onDone();
      else setValues({ externalId: '', name: '', email: '', teamId: values.teamId, active: true });
    }
  };

  return (
    <Card title={agent ? t('agents.edit', { name: agent.name }) : t('agents.create')}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('agents.externalId')} error={errors.externalId} hint={t('agents.externalIdHint')}>
          {(a) => (
            <input
              {...a}
              value={values.externalId}
              onChange={(e) => setValues({ ...values, externalId: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('column.name')} error={errors.name}>
          {(a) => <input {...a} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
        </Field>
        <Field label={t('column.email')} error={errors.email}>
          {(a) => (
            <input
              {...a}
              type="email"
              value={values.email}
              onChange={(e) => setValues({ ...values, email: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('agents.team')} error={errors.teamId}>
          {(a) => (
            <select {...a} value={values.teamId} onChange={(e) => setValues({ ...values, teamId: e.target.value })}>
              <option value="">{t('agents.noTeam')}</option>
              {teams.data?.teams.nodes.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.active}
            onChange={(e) => setValues({ ...values, active: e.target.checked })}
          />
          {t('users.active')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {agent ? t('common.save') : t('agents.createSubmit')}
          </button>
          {agent && (
            <button type="button" className="button button-secondary" onClick={onDone}>
              {t('common.cancel')}
            </button>
          )}
          <FormStatus error={state.error} saved={saved} />
        </div>
      </form>
    </Card>
  );
}
