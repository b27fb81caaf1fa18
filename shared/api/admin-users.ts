/** Administration of the organisation's members: admins only (`org.admin`). */
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { id, idParams, timestamp } from './common';
import { route } from './contract';

const userView = z.object({ id, email: z.string(), name: z.string(), role: z.enum(ROLES), active: z.boolean(), bodyIds: z.array(id), createdAt: timestamp });
export type UserView = z.infer<typeof userView>;

const oneUser = z.object({ user: userView });

export const listUsers = route({ method: 'get', path: '/admin/users', summary: 'The organisation’s members.', auth: 'member', responses: { 200: z.object({ users: z.array(userView) }) } });

export const createUser = route({
  method: 'post',
  path: '/admin/users',
  summary: 'Adds a member; without a password one is generated and returned once (`password`).',
  auth: 'member',
  body: z.object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    password: z.string().max(1024).optional(),
    bodyIds: z.array(z.uuid()).max(100).optional(),
  }),
  responses: { 201: oneUser.extend({ password: z.string().optional() }) },
});

export const updateUser = route({
  method: 'patch',
  path: '/admin/users/:id',
  summary: 'Changes a member’s name, role, bodies or whether they may sign in.',
  auth: 'member',
  params: idParams,
  body: z.object({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    bodyIds: z.array(z.uuid()).max(100).optional(),
  }),
  responses: { 200: oneUser },
});

export const resetPassword = route({
  method: 'post',
  path: '/admin/users/:id/reset-password',
  summary: 'Gives a member a new generated password (shown once); their sessions end.',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ password: z.string() }) },
});

export const liftLoginLock = route({
  method: 'post',
  path: '/admin/users/:id/lift-login-lock',
  summary: 'Forgets a member’s counted failed logins; `cleared` is how many (0: there was no lock).',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ cleared: z.number() }) },
});

export const adminUserContracts = { listUsers, createUser, updateUser, resetPassword, liftLoginLock };
