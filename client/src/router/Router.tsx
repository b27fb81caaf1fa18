import { Suspense } from 'react';
import { t } from '../../../shared/i18n';
import { useSession } from '../session/SessionContext';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Redirect } from './Redirect';
import { safeInternalPath, usePathname, useSearchParam } from './history';
import { paths } from './paths';
import { matchRoute } from './routes';

/** Picks the page for the current path and applies its access rule (the server still decides). */
export function Router() {
  const pathname = usePathname();
  const next = useSearchParam('next');
  const { me } = useSession();
  const match = matchRoute(pathname);
  if (!match) return <NotFoundPage key={pathname} />;

  const { route, params } = match;
  const { access, page: Page } = route;
  if (access.kind === 'signed-out') {
    return me ? <Redirect to={safeInternalPath(next) ?? paths.start()} /> : <Page key={pathname} params={params} />;
  }
  if (!me && access.kind !== 'anyone') {
    return <Redirect to={paths.login(pathname === paths.start() ? undefined : pathname)} />;
  }
  // The server refuses everything else until then; the client goes straight to the one page that helps.
  if (me?.user.passwordChangeRequired && pathname !== paths.changePassword()) return <Redirect to={paths.changePassword()} />;
  if (access.kind === 'permission' && !me?.permissions.includes(access.action)) return <ForbiddenPage key={pathname} action={access.action} />;
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <Page key={pathname} params={params} />
    </Suspense>
  );
}
