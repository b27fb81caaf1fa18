import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { messageOf } from '../api/http';
import { completeOidcLogin } from '../api/oidc';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { Link } from '../router/Link';
import { navigate, safeInternalPath } from '../router/history';
import { OIDC_CALLBACK_PATH, paths } from '../router/paths';
import { useSession } from '../session/SessionContext';

/**
 * Where the kommun's identity provider sends the browser back: its answer (code, state, iss) goes to
 * the server once, which checks it and sets the session cookie. The answer leaves the address bar at
 * once, so it is neither bookmarked nor shown.
 */
export function OidcCallbackPage() {
  const { signedIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  // The answer is good once: a second run (React's development double effect) must not send it again.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const query = window.location.search.slice(1);
    window.history.replaceState(null, '', OIDC_CALLBACK_PATH);
    completeOidcLogin(query).then(
      ({ me, next }) => {
        signedIn(me);
        navigate(safeInternalPath(next) ?? paths.start(), { replace: true });
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [signedIn]);

  return (
    <Page title={error ? t('oidc.callback.failed') : t('oidc.callback.title')}>
      {error ? (
        <>
          <ErrorAlert message={error} />
          <p>
            <Link to={paths.login()}>{t('oidc.callback.back')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('oidc.callback.working')}</p>
      )}
    </Page>
  );
}
