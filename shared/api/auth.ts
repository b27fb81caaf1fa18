import { z } from 'zod';
import { route } from './contract';
import { me } from './me';

export const getAuthOptions = route({
  method: 'get',
  path: '/auth/options',
  summary: 'What the login page needs to know: whether this is a demo install, which organisations sign in through their identity provider, and whether the password form is shown.',
  auth: 'none',
  responses: {
    200: z.object({
      demo: z.boolean(),
      /** One "Logga in med <name>" button each. */
      providers: z.array(z.object({ organisation: z.string(), name: z.string() })),
      /** False when an organisation signs in only through its provider (admins may still use a password). */
      passwordLogin: z.boolean(),
    }),
  },
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
  summary: 'Ends the session (and a workshop guest’s session) and clears its cookies; 200 with the identity provider’s logout URL when the organisation ends that session too.',
  auth: 'none',
  responses: { 200: z.object({ endSessionUrl: z.string() }), 204: null },
});

export const authContracts = { getAuthOptions, login, logout };
