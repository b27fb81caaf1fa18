import { workshopPermissions } from '../../shared/auth/permissions';
import type { WorkshopLimits } from '../../shared/workshops/limits';
import type { WorkshopView } from '../../shared/api/workshops';
import { withAnonymousFlag } from '../../shared/workshops/workshop';
import type { Caller } from '../auth/caller';
import { currentPhase, workshopResource, type GroupRow, type ParticipantRow, type WorkshopRow } from './load';

export function presentParticipant(caller: Caller, participant: ParticipantRow): NonNullable<WorkshopView['me']> {
  const name = caller.kind === 'guest' ? (participant.guestName ?? '') : caller.principal.user.name;
  return { participantId: participant.id, name, groupId: participant.groupId, guest: caller.kind === 'guest' };
}

/** A workshop as the caller sees it, with what they may do there. */
export function presentWorkshop(workshop: WorkshopRow, groups: GroupRow[], caller: Caller, participant: ParticipantRow | null, cardLimits: WorkshopLimits): WorkshopView {
  const permissions = workshopPermissions(caller.subject, workshopResource(workshop, participant));
  return {
    id: workshop.id,
    type: workshop.type,
    title: workshop.title,
    date: workshop.date,
    ...(permissions.includes('workshop.manage') ? { joinCode: workshop.joinCode } : {}),
    layout: workshop.layout,
    phases: workshop.phases.map(withAnonymousFlag),
    voteRules: workshop.voteRules,
    compilesTo: workshop.compilesTo,
    groups: groups.map(({ id, name, position }) => ({ id, name, position })),
    control: {
      phaseId: workshop.currentPhaseId,
      timerEndsAt: workshop.timerEndsAt?.toISOString() ?? null,
      votesRevealed: workshop.votesRevealed,
      lockedGroups: workshop.lockedGroupIds,
      presentedGroupId: workshop.presentedGroupId,
      anonymous: currentPhase(workshop)?.anonymous === true,
      cardsHidden: workshop.cardsHidden,
    },
    archived: workshop.archivedAt !== null,
    me: participant && presentParticipant(caller, participant),
    permissions,
    cardLimits,
  };
}
