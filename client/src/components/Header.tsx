import { lazy, Suspense } from 'react';
import { currentLocale, t } from '../../../shared/i18n';
import { switchLocale } from '../i18n/locale';
import { logout } from '../api/auth';
import { useUnreadMentions } from '../comments/useUnreadMentions';
import { useSubmit } from '../forms/useSubmit';
import { roleLabel } from '../format/labels';
import { forgetOfflineCopies } from '../offline/forget';
import { Link } from '../router/Link';
import { navigate } from '../router/history';
import { paths } from '../router/paths';
import { useSession } from '../session/SessionContext';

// The inbox's live room brings Yjs and y-websocket: loaded after the page, not with it.
const InboxListener = lazy(() => import('../comments/InboxListener'));

/** App name, the pages this user may open, who is signed in, and "Logga ut". */
export function Header() {
  const { me, signedOut } = useSession();
  const { error, run } = useSubmit();
  const isAdmin = me?.permissions.includes('org.admin') ?? false;
  const unread = useUnreadMentions(me !== null);

  const signOut = () =>
    void run(async () => {
      const ended = await logout();
      void forgetOfflineCopies();
      signedOut();
      // Signed in through the kommun's provider, which ends its session too: the browser goes there next.
      if (ended?.endSessionUrl) window.location.assign(ended.endSessionUrl);
      else navigate(paths.login());
    });

  return (
    <header className="app-header">
      {me && (
        <Suspense fallback={null}>
          <InboxListener userId={me.user.id} />
        </Suspense>
      )}
      <div className="brand">
        <p className="app-name">
          <Link to={paths.start()}>{t('app.name')}</Link>
        </p>
        <p className="app-tagline">{t('app.tagline')}</p>
      </div>
      <LanguageSwitch />
      {me && (
        <>
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              <li>
                <Link to={paths.start()}>{t('nav.start')}</Link>
              </li>
              <li>
                <Link to={paths.goals()}>{t('nav.goals')}</Link>
              </li>
              <li>
                <Link to={paths.mentions()} data-testid="mentions-link">
                  {unread > 0 ? t('mentions.navUnread', { count: unread }) : t('mentions.nav')}
                </Link>
              </li>
              <li>
                <Link to={paths.workshops()}>{t('nav.workshops')}</Link>
              </li>
              <li>
                <Link to={paths.changePassword()}>{t('nav.password')}</Link>
              </li>
              {isAdmin && (
                <>
                  <li>
                    <Link to={paths.adminUsers()}>{t('nav.adminUsers')}</Link>
                  </li>
                  <li>
                    <Link to={paths.adminOrganisation()}>{t('nav.adminOrganisation')}</Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="signed-in">
            <p data-testid="signed-in-user">
              <span className="visually-hidden">{t('nav.signedInAs')} </span>
              <span className="user-name">{me.user.name}</span>
              <span className="user-role">{roleLabel(me.role)}</span>
            </p>
            <button type="button" className="button-on-dark" onClick={signOut}>
              {t('nav.logout')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="header-error">
          {error}
        </p>
      )}
    </header>
  );
}

/** "In English" / "På svenska": named in the language it switches to, and marked so a screen reader says it right. */
function LanguageSwitch() {
  const other = currentLocale() === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="button-on-dark language-switch" lang={other} onClick={() => switchLocale(other)}>
      {t('nav.switchLanguage')}
    </button>
  );
}
