import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, type CombinedError } from 'urql';
import type { Role, SessionQuery as SessionData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { isLocale } from '@web/i18n/types';
import { hasCode } from '@web/lib/graphql-errors';
import { SessionQuery } from './graphql/session';

export type Viewer = SessionData['me'];

export interface Session {
  viewer: Viewer | null;
  /** The tenant's zone; figures and period bounds are computed in it. */
  tenantTimeZone: string;
  fetching: boolean;
  error: CombinedError | undefined;
  refresh: () => void;
  can: (...roles: Role[]) => boolean;
}

const SessionContext = createContext<Session | null>(null);
const context = { requestPolicy: 'network-only' as const };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: SessionQuery, context });
  const { setLocale, setTimeZone } = useI18n();
  const unauthenticated = hasCode(result.error, 'UNAUTHENTICATED');
  const viewer = unauthenticated ? null : (result.data?.me ?? null);
  const tenantTimeZone = result.data?.tenantSettings.timeZone ?? 'UTC';
  const userLocale = viewer?.user?.locale.toLowerCase();
  const userTimeZone = viewer?.user?.timeZone;

  // The profile's language and zone win once the user is known; the switcher writes both back.
  useEffect(() => {
    if (isLocale(userLocale)) setLocale(userLocale);
  }, [userLocale, setLocale]);
  useEffect(() => {
    if (viewer) setTimeZone(userTimeZone ?? tenantTimeZone);
  }, [viewer, userTimeZone, tenantTimeZone, setTimeZone]);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const value = useMemo<Session>(
    () => ({
      viewer,
      tenantTimeZone,
      fetching: result.fetching,
      error: unauthenticated ? undefined : result.error,
      refresh,
      can: (...roles) => !!viewer && roles.includes(viewer.role),
    }),
    [viewer, tenantTimeZone, result.fetching, result.error, unauthenticated, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
