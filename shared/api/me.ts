import { z } from 'zod';
import { ORGANISATION_ACTIONS } from '../auth/permissions';
import { BODY_TYPES } from '../domain/bodies';
import { ROLES } from '../domain/roles';
import { id } from './common';
import { route } from './contract';
import { organisation } from './organisations';

/** The signed-in user, their organisation, role and bodies, and what they may do there (to hide what they may not). */
export const me = z.object({
  /** `passwordChangeRequired`: signed in with a password someone else chose; everything else waits until they choose their own. */
  user: z.object({ id, email: z.string(), name: z.string(), passwordChangeRequired: z.boolean() }),
  organisation,
  role: z.enum(ROLES),
  bodies: z.array(z.object({ id, name: z.string(), shortName: z.string().nullable(), type: z.enum(BODY_TYPES) })),
  permissions: z.array(z.enum(ORGANISATION_ACTIONS)),
});
export type Me = z.infer<typeof me>;

export const getMe = route({ method: 'get', path: '/me', summary: 'The signed-in user.', auth: 'member', responses: { 200: me } });

export const changePassword = route({
  method: 'post',
  path: '/me/password',
  summary: 'Changes one’s own password: every session ends, this browser gets a new one.',
  auth: 'member',
  body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }),
  responses: { 204: null },
});

export const meContracts = { getMe, changePassword };
