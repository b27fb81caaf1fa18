import type { RequestBody } from '../../../shared/api/contract';
import type * as contract from '../../../shared/api/admin-users';
import { call } from './http';

export type NewUser = RequestBody<typeof contract.createUser>;
export type UserChanges = RequestBody<typeof contract.updateUser>;

const userPath = (id: string) => `/admin/users/${encodeURIComponent(id)}` as const;

export const fetchUsers = (signal?: AbortSignal) => call<typeof contract.listUsers>('/admin/users', { signal }).then((data) => data.users);

/** `password` comes back only when the server generated it: it is shown once and never again. */
export const createUser = (input: NewUser) => call<typeof contract.createUser>('/admin/users', { method: 'POST', body: input });

export const updateUser = (id: string, changes: UserChanges) => call<typeof contract.updateUser>(userPath(id), { method: 'PATCH', body: changes }).then((data) => data.user);

export const resetPassword = (id: string) => call<typeof contract.resetPassword>(`${userPath(id)}/reset-password`, { method: 'POST' }).then((data) => data.password);

/** How many counted failures were forgotten (0: there was no lock to lift). */
export const liftLoginLock = (id: string) => call<typeof contract.liftLoginLock>(`${userPath(id)}/lift-login-lock`, { method: 'POST' }).then((data) => data.cleared);
