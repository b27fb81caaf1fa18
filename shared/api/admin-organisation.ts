/** Per-kommun settings (shared/domain/organisation-settings.ts): admins only. */
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { WORKSHOP_LIMIT_BOUNDS } from '../workshops/limits';
import { route } from './contract';
import { organisation } from './organisations';

const limit = (name: keyof typeof WORKSHOP_LIMIT_BOUNDS) => z.number().int().min(WORKSHOP_LIMIT_BOUNDS[name].min).max(WORKSHOP_LIMIT_BOUNDS[name].max);
const maxGoal = z.number().int().min(1).max(50).nullable();

/** Only what is named changes; the rest keeps its value. */
const settingsChanges = z
  .object({
    restrictEditingToBodyMembers: z.boolean(),
    lockRoles: z.array(z.enum(ROLES)).min(1),
    commentsOnLockedDocuments: z.boolean(),
    maxGoals: z.object({ kf: maxGoal, namnd: maxGoal, forvaltning: maxGoal }).partial(),
    revisionRetentionDays: z.number().int().min(1).max(3650),
    workshopLimits: z.object({ maxCardsPerBoard: limit('maxCardsPerBoard'), maxCardsPerParticipant: limit('maxCardsPerParticipant'), maxCardTextLength: limit('maxCardTextLength') }).partial(),
  })
  .partial();
export type SettingsChanges = z.input<typeof settingsChanges>;

const oneOrganisation = z.object({ organisation });

export const getOrganisation = route({ method: 'get', path: '/admin/organisation', summary: 'The organisation and its settings.', auth: 'member', responses: { 200: oneOrganisation } });

export const updateOrganisation = route({
  method: 'patch',
  path: '/admin/organisation',
  summary: 'Changes the organisation’s settings; open sockets are re-checked at once.',
  auth: 'member',
  body: z.object({ settings: settingsChanges }),
  responses: { 200: oneOrganisation },
});

export const adminOrganisationContracts = { getOrganisation, updateOrganisation };
