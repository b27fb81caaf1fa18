/** The organisation (kommun) and its settings, as /me and the admin pages show them. */
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import type { OrganisationSettings } from '../domain/organisation-settings';
import type { WorkshopLimits } from '../workshops/limits';
import { id } from './common';
import { mirrors } from './contract';

export const workshopLimits = mirrors<WorkshopLimits>()(z.object({ maxCardsPerBoard: z.number(), maxCardsPerParticipant: z.number(), maxCardTextLength: z.number() }));

const maxGoal = z.number().nullable();

const organisationSettings = mirrors<OrganisationSettings>()(
  z.object({
    restrictEditingToBodyMembers: z.boolean(),
    lockRoles: z.array(z.enum(ROLES)),
    commentsOnLockedDocuments: z.boolean(),
    maxGoals: z.object({ kf: maxGoal, namnd: maxGoal, forvaltning: maxGoal }),
    revisionRetentionDays: z.number(),
    workshopLimits,
  }),
);

export const organisation = z.object({ id, name: z.string(), slug: z.string(), settings: organisationSettings });
export type Organisation = z.infer<typeof organisation>;
