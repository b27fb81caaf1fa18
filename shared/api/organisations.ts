/** The organisation (kommun) and its settings, as /me and the admin pages show them. */
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import type { OrganisationSettings } from '../domain/organisation-settings';
import type { GoalCountRule } from '../goals/count-rules';
import type { FollowUpPeriodSetting } from '../goals/follow-up';
import type { GoalLevelSetting } from '../goals/levels';
import type { WorkshopLimits } from '../workshops/limits';
import { id } from './common';
import { mirrors } from './contract';

/** The goal settings' parts as sent (shared/goals/goal-settings.ts); their rules are checked by `goalSettingsProblems`. */
const goalLevel = mirrors<GoalLevelSetting>()(z.object({ key: z.string(), name: z.string(), goalName: z.string() }));
const followUpPeriod = mirrors<FollowUpPeriodSetting>()(z.object({ key: z.string(), name: z.string(), asOf: z.string(), forecast: z.boolean() }));
const goalCountRule = mirrors<GoalCountRule>()(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('perLevel'), max: z.record(z.string(), z.number().nullable()) }),
    z.object({ kind: z.literal('totalWithTop'), max: z.number() }),
  ]),
);

export const workshopLimits = mirrors<WorkshopLimits>()(z.object({ maxCardsPerBoard: z.number(), maxCardsPerParticipant: z.number(), maxCardTextLength: z.number() }));

const organisationSettings = mirrors<OrganisationSettings>()(
  z.object({
    restrictEditingToBodyMembers: z.boolean(),
    restrictDraftReadingToBodyMembers: z.boolean(),
    lockRoles: z.array(z.enum(ROLES)),
    commentsOnLockedDocuments: z.boolean(),
    revisionRetentionDays: z.number(),
    workshopLimits,
    goalLevels: z.array(goalLevel),
    goalCountRule,
    requireParentGoal: z.boolean(),
    followUpPeriods: z.array(followUpPeriod),
  }),
);

export const organisation = z.object({ id, name: z.string(), slug: z.string(), settings: organisationSettings });
export type Organisation = z.infer<typeof organisation>;
