import { useSession } from '../session/SessionContext';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Redirect } from './Redirect';
import { safeInternalPath, usePathname, useSearchParam } from './history';
import { LOGIN_PATH, matchRoute } from './routes';

/** Picks the page for the current path and applies its access rule (the server still decides). */
export function Router() {
  const pathname = usePathname();
  const next = useSearchParam('next');
  const { me } = useSession();
  const route = matchRoute(pathname);
  if (!route) return <NotFoundPage key={pathname} />;

  const { access, page: Page } = route;
  if (access.kind === 'signed-out') {
    return me ? <Redirect to={safeInternalPath(next) ?? '/'} /> : <Page key={route.path} />;
  }
  if (!me) {
    const target = route.path === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(route.path)}`;
    return <Redirect to={target} />;
  }
  if (access.kind === 'permission' && !me.permissions.includes(access.action)) return <ForbiddenPage key={route.path} />;
  return <Page key={route.path} />;
}
