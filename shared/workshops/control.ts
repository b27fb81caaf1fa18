/**
 * The control room of a workshop (`ws:<id>:control`): what every device shows of the day's flow. The
 * server alone writes it (after the facilitator's HTTP request); every connection reads it.
 * Layout: one Y.Map named 'control' with the keys of `ControlState`, each a plain JSON value.
 */
import type * as Y from 'yjs';

export interface ControlState {
  /** The current phase (WorkshopPhase.id), or null before the day starts. */
  phaseId: string | null;
  /** When the countdown ends (ISO 8601), or null without a timer. */
  timerEndsAt: string | null;
  /** Votes are shown: `tallies` holds the votes per card. Until then nobody sees others' votes. */
  votesRevealed: boolean;
  /** Groups whose boards participants can no longer write. */
  lockedGroups: string[];
  /** Votes per card id, present only once revealed. */
  tallies: Record<string, number> | null;
  /** The group whose board the presenter view shows, or null for the plenary (every group's cards). */
  presentedGroupId: string | null;
  /**
   * The current phase is an anonymous activity: boards say so before anyone writes, and cards added now
   * carry no author. Live here (not only in the workshop's phases) so a change reaches every device at once.
   */
  anonymous: boolean;
  /** Participants' new cards stay in their own draft rooms (`ws:<id>:draft:<participantId>`) until the facilitator reveals them. */
  cardsHidden: boolean;
}

const CONTROL_MAP = 'control';

export const EMPTY_CONTROL: ControlState = { phaseId: null, timerEndsAt: null, votesRevealed: false, lockedGroups: [], tallies: null, presentedGroupId: null, anonymous: false, cardsHidden: false };

export const controlMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(CONTROL_MAP);

/** The control state as the room holds it; missing keys read as before the day starts. */
export function readControl(doc: Y.Doc): ControlState {
  const map = controlMap(doc);
  const value = <K extends keyof ControlState>(key: K): ControlState[K] => (map.has(key) ? (map.get(key) as ControlState[K]) : EMPTY_CONTROL[key]);
  return { phaseId: value('phaseId'), timerEndsAt: value('timerEndsAt'), votesRevealed: value('votesRevealed'), lockedGroups: value('lockedGroups'), tallies: value('tallies'), presentedGroupId: value('presentedGroupId'), anonymous: value('anonymous') === true, cardsHidden: value('cardsHidden') === true };
}

/** Sets the keys that differ from `state` (no empty updates), in one transaction. */
export function writeControl(doc: Y.Doc, state: ControlState): void {
  const map = controlMap(doc);
  doc.transact(() => {
    for (const key of Object.keys(state) as Array<keyof ControlState>) {
      if (!map.has(key) || JSON.stringify(map.get(key)) !== JSON.stringify(state[key])) map.set(key, state[key]);
    }
  });
}
