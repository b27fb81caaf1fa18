import type { Role } from '../../../shared/domain/roles';
import { api } from './http';
import type { UserView } from './types';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password?: string;
  bodyIds: string[];
}

export interface UserChanges {
  name?: string;
  role?: Role;
  active?: boolean;
  bodyIds?: string[];
}

export const fetchUsers = (signal?: AbortSignal) => api<{ users: UserView[] }>('/admin/users', { signal }).then((data) => data.users);

/** `password` comes back only when the server generated it: it is shown once and never again. */
export const createUser = (input: NewUser) => api<{ user: UserView; password?: string }>('/admin/users', { method: 'POST', body: input });

export const updateUser = (id: string, changes: UserChanges) =>
  api<{ user: UserView }>(`/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }).then((data) => data.user);

export const resetPassword = (id: string) =>
  api<{ password: string }>(`/admin/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' }).then((data) => data.password);

/** How many counted failures were forgotten (0: there was no lock to lift). */
export const liftLoginLock = (id: string) =>
  api<{ cleared: number }>(`/admin/users/${encodeURIComponent(id)}/lift-login-lock`, { method: 'POST' }).then((data) => data.cleared);
