import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { ErrorMessage } from '@web/components/ui/error-message';
import { useI18n } from '@web/i18n/i18n-context';
import { AlertFiringsQuery, AlertUnreadCountQuery, MarkAlertsReadMutation } from './alerts.graphql';
import { safeAlertLink } from './alert-link';

/** How often the unread count is asked for: modest, a firing is not a chat message. */
export const POLL_MS = 60_000;
const RECENT = 10;
const network = { requestPolicy: 'network-only' as const };

/**
 * The header's bell: the number of unread alert firings (asked for every minute) and, when opened, the latest
 * firings with links to the rows behind them and "mark as read".
 */
export function AlertsBell() {
  const { t, fmt } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [count, refetchCount] = useQuery({ query: AlertUnreadCountQuery, context: network });
  const [firings, refetchFirings] = useQuery({
    query: AlertFiringsQuery,
    variables: { page: { first: RECENT } },
    pause: !open,
    context: network,
  });
  const [marking, markRead] = useMutation(MarkAlertsReadMutation);
  const unread = count.data?.alertUnreadCount ?? 0;

  useEffect(() => {
    const timer = window.setInterval(() => refetchCount(network), POLL_MS);
    return () => window.clearInterval(timer);
  }, [refetchCount]);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    const onClick = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open, close]);

  const mark = async (ids: string[] | null) => {
    const outcome = await markRead(ids ? { ids } : {});
    if (!outcome.error) {
      refetchCount(network);
      refetchFirings(network);
    }
  };
  const nodes = firings.data?.alertFirings.nodes ?? [];
  const label = t('alerts.bell', { count: unread, n: fmt.count(unread) });

  return (
    <div className="alerts-bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-secondary bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        title={label}
        data-testid="alerts-bell"
        onClick={() => setOpen((value) => !value)}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" className="bell-icon">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="alerts-unread">
            {unread > 99 ? '99+' : fmt.count(unread)}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="bell-panel" role="region" aria-label={t('alerts.recent')}>
          <div className="bell-panel-header">
            <h2>{t('alerts.recent')}</h2>
            <button
              type="button"
              className="button button-small"
              disabled={unread === 0 || marking.fetching}
              onClick={() => void mark(null)}
            >
              {t('alerts.markAllRead')}
            </button>
          </div>
          <ErrorMessage error={firings.error ?? marking.error} />
          {firings.fetching && nodes.length === 0 && <p className="muted">{t('common.loading')}</p>}
          {!firings.fetching && !firings.error && nodes.length === 0 && <p className="muted">{t('alerts.none')}</p>}
          <ul className="bell-list">
            {nodes.map((firing) => {
              const link = safeAlertLink(firing.link);
              return (
                <li
                  key={firing.id}
                  className={firing.read ? 'bell-item' : 'bell-item bell-unread'}
                  data-testid="alert-firing"
                >
                  <p className="bell-title">
                    <span className={`badge severity-${firing.severity.toLowerCase()}`}>
                      {t(`alerts.severity.${firing.severity}`)}
                    </span>{' '}
                    {link ? (
                      <Link to={link} onClick={() => setOpen(false)}>
                        {firing.title}
                      </Link>
                    ) : (
                      firing.title
                    )}
                    {!firing.read && <span className="visually-hidden"> ({t('alerts.unread')})</span>}
                  </p>
                  <p className="bell-detail">{firing.detail}</p>
                  <p className="bell-meta">
                    <time dateTime={firing.firedAt}>{fmt.dateTime(firing.firedAt)}</time> · {firing.ruleName}
                    {!firing.read && (
                      <>
                        {' · '}
                        <button
                          type="button"
                          className="link-button"
                          disabled={marking.fetching}
                          onClick={() => void mark([firing.id])}
                          aria-label={t('alerts.markReadNamed', { title: firing.title })}
                        >
                          {t('alerts.markRead')}
                        </button>
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
          <p className="bell-footer">
            <Link to="/settings/alerts" onClick={() => setOpen(false)}>
              {t('alerts.manage')}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
