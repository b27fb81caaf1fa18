import { DEFAULT_WORKSHOP_LIMITS, type WorkshopLimits } from '../workshops/limits';
import type { Role } from './roles';

/**
 * Per-kommun rules where the styrmodell documents disagree, or where a kommun decides for itself.
 * Stored as JSON on the organisation; anything missing takes the default.
 */
export interface OrganisationSettings {
  /** Only members of a document's body (and admins/facilitators) may edit it. */
  restrictEditingToBodyMembers: boolean;
  /** Roles that may fastställa (lock) and reopen documents. */
  lockRoles: Role[];
  /** New comments on a fastställd document's threads (they feed the next revision). */
  commentsOnLockedDocuments: boolean;
  /** Most goals per level (seed 004: KF 5, nämnd 3 in parallel); null = no limit. Checks warn, never block. */
  maxGoals: { kf: number | null; namnd: number | null; forvaltning: number | null };
  /** Days automatic revisions are kept (fastställda versions are kept for ever). */
  revisionRetentionDays: number;
  /** How many cards a workshop board takes, and how long a card may be (shared/workshops/limits.ts). */
  workshopLimits: WorkshopLimits;
}

export const DEFAULT_ORGANISATION_SETTINGS: OrganisationSettings = {
  restrictEditingToBodyMembers: false,
  lockRoles: ['admin', 'facilitator'],
  commentsOnLockedDocuments: true,
  maxGoals: { kf: 5, namnd: 3, forvaltning: null },
  revisionRetentionDays: 90,
  workshopLimits: DEFAULT_WORKSHOP_LIMITS,
};

export function organisationSettings(stored: Partial<OrganisationSettings> | Record<string, unknown> | null | undefined): OrganisationSettings {
  const given = (stored ?? {}) as Partial<OrganisationSettings>;
  return {
    ...DEFAULT_ORGANISATION_SETTINGS,
    ...given,
    maxGoals: { ...DEFAULT_ORGANISATION_SETTINGS.maxGoals, ...given.maxGoals },
    workshopLimits: { ...DEFAULT_ORGANISATION_SETTINGS.workshopLimits, ...given.workshopLimits },
  };
}
