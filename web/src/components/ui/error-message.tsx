import type { CombinedError } from 'urql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { errorCode, retryAfterSeconds } from '@web/lib/graphql-errors';

const KNOWN: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  CONFLICT: 'error.CONFLICT',
  RATE_LIMITED: 'error.RATE_LIMITED',
  QUERY_TOO_DEEP: 'error.QUERY_TOO_COMPLEX',
  QUERY_TOO_COMPLEX: 'error.QUERY_TOO_COMPLEX',
  INVALID_CREDENTIALS: 'error.INVALID_CREDENTIALS',
  NETWORK: 'error.NETWORK',
};

/** A user-facing sentence for an API error, chosen by its extensions.code (never the server's internals). */
export function useErrorText(): (error: CombinedError | undefined) => string | undefined {
  const { t } = useI18n();
  return (error) => {
    const code = errorCode(error);
    if (!code) return undefined;
    if (code === 'RATE_LIMITED') {
      const seconds = retryAfterSeconds(error);
      if (seconds !== undefined) return t('error.RATE_LIMITED_RETRY', { count: Math.ceil(seconds) });
    }
    return t(KNOWN[code] ?? 'error.INTERNAL_SERVER_ERROR');
  };
}

export function ErrorMessage({ error }: { error: CombinedError | undefined }) {
  const text = useErrorText()(error);
  return text ? <p className="error-text">{text}</p> : null;
}
