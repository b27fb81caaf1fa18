import type * as auth from '../../../shared/api/auth';
import type * as me from '../../../shared/api/me';
import { call } from './http';

export const fetchAuthOptions = (signal?: AbortSignal) => call<typeof auth.getAuthOptions>('/auth/options', { signal });

export const login = (email: string, password: string) => call<typeof auth.login>('/auth/login', { method: 'POST', body: { email, password } });

export const logout = () => call<typeof auth.logout>('/auth/logout', { method: 'POST' });

export const fetchMe = (signal?: AbortSignal) => call<typeof me.getMe>('/me', { signal });

export const changePassword = (currentPassword: string, newPassword: string) =>
  call<typeof me.changePassword>('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
