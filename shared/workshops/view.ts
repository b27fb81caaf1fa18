/** A workshop as the server presents it to one caller (GET /api/workshops, /api/workshops/:id): the HTTP contract. */
import type { WorkshopAction } from '../auth/permissions';
import type { DocumentType } from '../domain/documents';
import type { BoardLayout } from './board-layouts';
import type { ControlState } from './control';
import type { WorkshopLimits } from './limits';
import type { VoteRules } from './votes';
import type { WorkshopPhase, WorkshopType } from './workshop';

/** The caller's own participation in a workshop. */
export interface WorkshopParticipation {
  participantId: string;
  name: string;
  groupId: string | null;
  guest: boolean;
}

export interface WorkshopGroup {
  id: string;
  name: string;
  position: number;
}

/** The control state as stored (the control room adds `tallies` once votes are revealed). */
export type WorkshopControl = Omit<ControlState, 'tallies'>;

export interface WorkshopView {
  id: string;
  type: WorkshopType;
  title: string;
  date: string;
  /** Only for those who run the workshop (it lets anyone in). */
  joinCode?: string;
  layout: BoardLayout;
  phases: WorkshopPhase[];
  voteRules: VoteRules;
  compilesTo: DocumentType;
  groups: WorkshopGroup[];
  control: WorkshopControl;
  archived: boolean;
  /** The caller's own participation, if they joined. */
  me: WorkshopParticipation | null;
  permissions: WorkshopAction[];
  /** The kommun's limits on a board's cards, for the add-card form to say so before the server refuses. */
  cardLimits: WorkshopLimits;
}
