import { DEFAULT_GOAL_COUNT_RULE, type GoalCountRule } from '../goals/count-rules';
import { DEFAULT_FOLLOW_UP_PERIODS } from '../goals/follow-up';
import type { GoalSettings } from '../goals/goal-settings';
import { DEFAULT_GOAL_LEVELS } from '../goals/levels';
import { DEFAULT_WORKSHOP_LIMITS, type WorkshopLimits } from '../workshops/limits';
import type { Role } from './roles';

/**
 * Per-kommun rules where the styrmodell documents disagree, or where a kommun decides for itself.
 * Stored as JSON on the organisation; anything missing takes the default. The goal settings
 * (levels, count rule, parent rule, follow-up periods) are described in shared/goals/goal-settings.ts.
 */
export interface OrganisationSettings extends GoalSettings {
  /** Only members of a document's body (and admins/facilitators) may edit it. */
  restrictEditingToBodyMembers: boolean;
  /** Only members of a document's body (and admins/facilitators) may read its drafts; fastställda versions stay readable by all. */
  restrictDraftReadingToBodyMembers: boolean;
  /** Roles that may fastställa (lock) and reopen documents. */
  lockRoles: Role[];
  /** New comments on a fastställd document's threads (they feed the next revision). */
  commentsOnLockedDocuments: boolean;
  /** Days automatic revisions are kept (fastställda versions are kept for ever). */
  revisionRetentionDays: number;
  /** How many cards a workshop board takes, and how long a card may be (shared/workshops/limits.ts). */
  workshopLimits: WorkshopLimits;
}

export const DEFAULT_ORGANISATION_SETTINGS: OrganisationSettings = {
  restrictEditingToBodyMembers: false,
  restrictDraftReadingToBodyMembers: false,
  lockRoles: ['admin', 'facilitator'],
  commentsOnLockedDocuments: true,
  revisionRetentionDays: 90,
  workshopLimits: DEFAULT_WORKSHOP_LIMITS,
  goalLevels: [...DEFAULT_GOAL_LEVELS],
  goalCountRule: DEFAULT_GOAL_COUNT_RULE,
  requireParentGoal: false,
  followUpPeriods: [...DEFAULT_FOLLOW_UP_PERIODS],
};

/** Settings stored before the count rule had a choice of rules: `maxGoals` per level of the three fixed ones. */
interface LegacySettings {
  maxGoals?: Record<string, number | null>;
}

function countRule(given: Partial<OrganisationSettings> & LegacySettings): GoalCountRule {
  if (given.goalCountRule) return given.goalCountRule;
  const defaults = DEFAULT_ORGANISATION_SETTINGS.goalCountRule;
  if (!given.maxGoals || defaults.kind !== 'perLevel') return defaults;
  return { kind: 'perLevel', max: { ...defaults.max, ...given.maxGoals } };
}

/** The settings as stored, with a default for each one missing; a `maxGoals` of old becomes a per-level count rule. */
export function organisationSettings(stored: Partial<OrganisationSettings> | Record<string, unknown> | null | undefined): OrganisationSettings {
  const given = (stored ?? {}) as Partial<OrganisationSettings> & LegacySettings;
  const defaults = DEFAULT_ORGANISATION_SETTINGS;
  // Field by field, not a spread of what is stored: a key no longer in the settings (maxGoals) must not travel on.
  return {
    restrictEditingToBodyMembers: given.restrictEditingToBodyMembers ?? defaults.restrictEditingToBodyMembers,
    restrictDraftReadingToBodyMembers: given.restrictDraftReadingToBodyMembers ?? defaults.restrictDraftReadingToBodyMembers,
    lockRoles: given.lockRoles ?? defaults.lockRoles,
    commentsOnLockedDocuments: given.commentsOnLockedDocuments ?? defaults.commentsOnLockedDocuments,
    revisionRetentionDays: given.revisionRetentionDays ?? defaults.revisionRetentionDays,
    workshopLimits: { ...defaults.workshopLimits, ...given.workshopLimits },
    goalLevels: Array.isArray(given.goalLevels) ? given.goalLevels : defaults.goalLevels,
    goalCountRule: countRule(given),
    requireParentGoal: given.requireParentGoal ?? defaults.requireParentGoal,
    followUpPeriods: Array.isArray(given.followUpPeriods) ? given.followUpPeriods : defaults.followUpPeriods,
  };
}
