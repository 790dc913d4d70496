import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { useI18n } from '@web/i18n/i18n-context';
import {
  ComplianceSavedViewsQuery,
  DeleteComplianceViewMutation,
  SaveComplianceViewMutation,
} from '../graphql/cases.graphql';
import { paramsFromViewFilter, viewFilterFromParams } from '../violation-params';
import { CaseError } from './case-error';

/** Module-level so the query's context keeps its identity between renders. */
const VIEW_TYPENAMES = { additionalTypenames: ['ComplianceSavedView'] };

/**
 * Named filters of the violations list: pick one (own or shared by a colleague) to load its period, scope and
 * choices into the URL; save the current ones, optionally shared with the tenant; delete own views (admins: any).
 */
export function SavedViews() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  // Tied to the typename so a save refetches the list even while it is empty (no typename in its result yet).
  const [views] = useQuery({ query: ComplianceSavedViewsQuery, context: VIEW_TYPENAMES });
  const [saving, save] = useMutation(SaveComplianceViewMutation);
  const [deleting, remove] = useMutation(DeleteComplianceViewMutation);
  const [picked, setPicked] = useState('');
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [open, setOpen] = useState(false);
  const list = views.data?.complianceSavedViews ?? [];
  const current = list.find((v) => v.id === picked);

  const pick = (id: string) => {
    setPicked(id);
    const view = list.find((v) => v.id === id);
    if (view) setParams(paramsFromViewFilter(view.filter));
  };
  const submit = async () => {
    if (!name.trim()) return;
    const response = await save(
      { input: { name: name.trim(), shared, filter: viewFilterFromParams(params) } },
      VIEW_TYPENAMES,
    );
    if (response.data) {
      setPicked(response.data.saveComplianceView.id);
      setName('');
      setShared(false);
      setOpen(false);
    }
  };

  return (
    <div className="saved-views" data-testid="saved-views">
      <div className="inline-field">
        <label htmlFor="saved-view">{t('compliance.views.label')}</label>
        <select id="saved-view" value={picked} onChange={(e) => pick(e.target.value)}>
          <option value="">{t('compliance.views.none')}</option>
          {list.map((v) => (
            <option key={v.id} value={v.id}>
              {v.mine ? v.name : t('compliance.views.sharedBy', { name: v.name, owner: v.owner })}
              {v.mine && v.shared ? ` · ${t('compliance.views.shared')}` : ''}
            </option>
          ))}
        </select>
      </div>
      {current && (current.mine || can('ADMIN')) && (
        <button
          type="button"
          className="button button-small"
          disabled={deleting.fetching}
          onClick={() =>
            void remove({ id: current.id }, VIEW_TYPENAMES).then((r) => {
              if (r.data) setPicked('');
            })
          }
        >
          {t('compliance.views.delete')}
        </button>
      )}
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('compliance.views.saveCurrent')}
      </button>
      {open && (
        <span className="saved-views-form">
          <span className="inline-field">
            <label htmlFor="saved-view-name">{t('compliance.views.name')}</label>
            <input
              id="saved-view-name"
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
          </span>
          <label className="checkbox">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            {t('compliance.views.shareWithTeam')}
          </label>
          <button
            type="button"
            className="button button-small button-primary"
            disabled={saving.fetching || !name.trim()}
            onClick={() => void submit()}
          >
            {t('common.save')}
          </button>
        </span>
      )}
      <div role="status" aria-live="polite">
        <CaseError error={saving.error ?? deleting.error ?? views.error} />
      </div>
    </div>
  );
}
