import { z } from 'zod';
import { route } from './contract';
import { me } from './me';

export const getAuthOptions = route({
  method: 'get',
  path: '/auth/options',
  summary: 'What the login page needs to know: whether this is a demo install.',
  auth: 'none',
  responses: { 200: z.object({ demo: z.boolean() }) },
});

export const login = route({
  method: 'post',
  path: '/auth/login',
  summary: 'Signs in: sets the HttpOnly session cookie; 401 on bad credentials, 429 when limited.',
  auth: 'none',
  body: z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) }),
  responses: { 200: me },
});

export const logout = route({
  method: 'post',
  path: '/auth/logout',
  summary: 'Ends the session (and a workshop guest’s session) and clears its cookies.',
  auth: 'none',
  responses: { 204: null },
});

export const authContracts = { getAuthOptions, login, logout };
