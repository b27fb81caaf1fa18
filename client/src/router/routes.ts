import type { ComponentType } from 'react';
import type { OrganisationAction } from '../../../shared/auth/permissions';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { LoginPage } from '../pages/LoginPage';
import { StartPage } from '../pages/StartPage';
import { OrganisationPage } from '../pages/admin/OrganisationPage';
import { UsersPage } from '../pages/admin/UsersPage';

/** Who may see a page: only the signed-out, anyone signed in, or those holding one permission. */
export type Access = { kind: 'signed-out' } | { kind: 'signed-in' } | { kind: 'permission'; action: OrganisationAction };

export interface Route {
  path: string;
  access: Access;
  page: ComponentType;
}

export const LOGIN_PATH = '/logga-in';

export const routes: Route[] = [
  { path: LOGIN_PATH, access: { kind: 'signed-out' }, page: LoginPage },
  { path: '/', access: { kind: 'signed-in' }, page: StartPage },
  { path: '/konto/losenord', access: { kind: 'signed-in' }, page: ChangePasswordPage },
  { path: '/admin/anvandare', access: { kind: 'permission', action: 'org.admin' }, page: UsersPage },
  { path: '/admin/organisation', access: { kind: 'permission', action: 'org.admin' }, page: OrganisationPage },
];

/** Trailing slashes are forgiven: /admin/anvandare/ is /admin/anvandare. */
export function matchRoute(pathname: string): Route | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return routes.find((route) => route.path === path);
}
