import { Fragment } from 'react';
import { useI18n } from '@web/i18n/i18n-context';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * What detection recorded as the proof, field by field as the API names them (docs/compliance.md lists them per
 * kind). The message text (`snippet`) is there only when the API returns it: admins and compliance officers.
 */
export function EvidenceList({ evidence, hasText }: { evidence: unknown; hasText: boolean }) {
  const { t } = useI18n();
  const fields =
    evidence && typeof evidence === 'object' && !Array.isArray(evidence)
      ? Object.entries(evidence as Record<string, unknown>)
      : [];
  if (fields.length === 0) return <p className="muted">{t('compliance.panel.noEvidence')}</p>;
  const snippet = fields.find(([key]) => key === 'snippet');
  return (
    <>
      <dl className="facts" data-testid="violation-evidence">
        {fields
          .filter(([key]) => key !== 'snippet')
          .map(([key, value]) => (
            <Fragment key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd>{shown(value)}</dd>
            </Fragment>
          ))}
      </dl>
      {snippet && (
        <blockquote className="evidence-snippet" data-testid="evidence-snippet">
          {shown(snippet[1])}
        </blockquote>
      )}
      {!snippet && hasText && <p className="muted">{t('compliance.panel.snippetHidden')}</p>}
    </>
  );
}
