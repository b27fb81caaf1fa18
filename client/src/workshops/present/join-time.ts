import type { WorkshopPhase } from '../../../../shared/workshops/workshop';

/**
 * People are still joining: the day has not started, or no phase so far has opened the cards or the
 * votes (the welcome, the introduction). Then the projector shows the join code and QR code large;
 * after that, a small badge in the corner for whoever comes late.
 */
export function isJoiningTime(phases: readonly Pick<WorkshopPhase, 'id' | 'cardsOpen' | 'votingOpen'>[], phaseId: string | null): boolean {
  if (phaseId === null) return true;
  const current = phases.findIndex((phase) => phase.id === phaseId);
  const firstWork = phases.findIndex((phase) => phase.cardsOpen || phase.votingOpen);
  return current !== -1 && (firstWork === -1 || current < firstWork);
}
