/** Per-kommun settings (shared/domain/organisation-settings.ts): admins only. */
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { WORKSHOP_LIMIT_BOUNDS } from '../workshops/limits';
import { route } from './contract';
import { organisation } from './organisations';

const limit = (name: keyof typeof WORKSHOP_LIMIT_BOUNDS) => z.number().int().min(WORKSHOP_LIMIT_BOUNDS[name].min).max(WORKSHOP_LIMIT_BOUNDS[name].max);
/**
 * The goal settings are checked here for their shape only, with room to spare: their rules (how many
 * levels, unique keys, names, real days) are `goalSettingsProblems`, whose Swedish message names the field.
 */
const text = z.string().trim().max(200);
const key = z.string().max(100);
const goalLevels = z.array(z.object({ key, name: text, goalName: text })).max(50);
const followUpPeriods = z.array(z.object({ key, name: text, asOf: z.string().max(10), forecast: z.boolean() })).max(50);
const goalCountRule = z.discriminatedUnion('kind', [
  // The record's keys are level keys: nothing that could name an object's prototype.
  z.object({ kind: z.literal('perLevel'), max: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.number().nullable()) }),
  z.object({ kind: z.literal('totalWithTop'), max: z.number() }),
]);

/** Only what is named changes; the rest keeps its value. */
const settingsChanges = z
  .object({
    restrictEditingToBodyMembers: z.boolean(),
    restrictDraftReadingToBodyMembers: z.boolean(),
    lockRoles: z.array(z.enum(ROLES)).min(1),
    commentsOnLockedDocuments: z.boolean(),
    revisionRetentionDays: z.number().int().min(1).max(3650),
    workshopLimits: z.object({ maxCardsPerBoard: limit('maxCardsPerBoard'), maxCardsPerParticipant: limit('maxCardsPerParticipant'), maxCardTextLength: limit('maxCardTextLength') }).partial(),
    /** Lists and the rule are replaced whole. */
    goalLevels,
    goalCountRule,
    requireParentGoal: z.boolean(),
    followUpPeriods,
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
