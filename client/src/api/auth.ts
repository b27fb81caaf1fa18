import { api } from './http';
import type { Me } from './types';

export const fetchAuthOptions = (signal?: AbortSignal) => api<{ demo: boolean }>('/auth/options', { signal });

export const login = (email: string, password: string) => api<Me>('/auth/login', { method: 'POST', body: { email, password } });

export const logout = () => api<void>('/auth/logout', { method: 'POST' });

export const fetchMe = (signal?: AbortSignal) => api<Me>('/me', { signal });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api<void>('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
