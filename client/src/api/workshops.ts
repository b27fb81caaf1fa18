import type { LayoutKind } from '../../../shared/workshops/board-layouts';
import type { ControlState } from '../../../shared/workshops/control';
import type { VoteRules } from '../../../shared/workshops/votes';
import type { WorkshopControl, WorkshopGroup, WorkshopParticipation, WorkshopView } from '../../../shared/api/workshops';
import type { WorkshopPhase, WorkshopType } from '../../../shared/workshops/workshop';
import { api } from './http';

export type { WorkshopControl, WorkshopGroup, WorkshopParticipation, WorkshopView };

export interface NewWorkshop {
  type: WorkshopType;
  title: string;
  date: string;
  /** Give either groupCount or groupNames. */
  groupCount?: number;
  groupNames?: string[];
  layout?: LayoutKind;
  phases?: WorkshopPhase[];
  voteRules?: VoteRules;
}

export interface WorkshopChanges {
  title?: string;
  date?: string;
  /** Renames by id; groups are not added or removed here. */
  groups?: Array<{ id: string; name: string }>;
  phases?: WorkshopPhase[];
  voteRules?: VoteRules;
}

/** A facilitator's change to the day's flow; every field is optional. */
export interface ControlChange {
  phaseId?: string;
  timer?: { endsAt: string } | null;
  revealVotes?: boolean;
  lockedGroupIds?: string[];
  /** The group whose board the presenter view shows; null for the plenary. */
  presentedGroupId?: string | null;
  /** Hide participants' new cards from the others (true), or reveal them all (false). */
  cardsHidden?: boolean;
}

export interface ParticipantView {
  id: string;
  name: string;
  guest: boolean;
  userId: string | null;
  groupId: string | null;
  joinedAt: string;
}

export interface JoinResult {
  workshop: WorkshopView;
  participant: WorkshopParticipation;
}

export interface MyVotes {
  votes: Array<{ id: string; cardId: string; createdAt: string }>;
  rules: VoteRules;
  left: number;
}

const workshopPath = (id: string) => `/workshops/${encodeURIComponent(id)}`;

export const fetchWorkshops = (signal?: AbortSignal) => api<{ workshops: WorkshopView[] }>('/workshops', { signal }).then((data) => data.workshops);

export const fetchWorkshop = (id: string, signal?: AbortSignal) => api<{ workshop: WorkshopView }>(workshopPath(id), { signal }).then((data) => data.workshop);

/** The workshop a join code names, if this member or guest may view it (the presenter view's address). */
export const fetchWorkshopByCode = (code: string, signal?: AbortSignal) =>
  api<{ workshop: WorkshopView }>(`/workshops/by-code/${encodeURIComponent(code)}`, { signal }).then((data) => data.workshop);

export const createWorkshop = (fields: NewWorkshop) => api<{ workshop: WorkshopView }>('/workshops', { method: 'POST', body: fields }).then((data) => data.workshop);

export const updateWorkshop = (id: string, changes: WorkshopChanges) =>
  api<{ workshop: WorkshopView }>(workshopPath(id), { method: 'PATCH', body: changes }).then((data) => data.workshop);

/** Joins by code: a member as themselves, anyone else as a guest with `name` (sets the guest cookie). */
export const joinWorkshop = (code: string, name?: string) => api<JoinResult>('/workshops/join', { method: 'POST', body: name === undefined ? { code } : { code, name } });

export const fetchParticipants = (id: string, signal?: AbortSignal) =>
  api<{ participants: ParticipantView[] }>(`${workshopPath(id)}/participants`, { signal }).then((data) => data.participants);

export const moveParticipant = (id: string, participantId: string, groupId: string | null) =>
  api<{ participant: { id: string; groupId: string | null } }>(`${workshopPath(id)}/participants/${encodeURIComponent(participantId)}/group`, {
    method: 'PUT',
    body: { groupId },
  }).then((data) => data.participant);

export const setWorkshopControl = (id: string, change: ControlChange) =>
  api<{ control: ControlState }>(`${workshopPath(id)}/control`, { method: 'POST', body: change }).then((data) => data.control);

/** Hidden cards per group id (facilitators only). */
export const fetchHiddenCardCounts = (id: string, signal?: AbortSignal) =>
  api<{ hiddenCards: Record<string, number> }>(`${workshopPath(id)}/hidden-cards`, { signal }).then((data) => data.hiddenCards);

export const fetchMyVotes = (id: string, signal?: AbortSignal) => api<MyVotes>(`${workshopPath(id)}/votes/mine`, { signal });

export const castVote = (id: string, cardId: string) =>
  api<{ vote: { id: string; cardId: string }; mine: MyVotes }>(`${workshopPath(id)}/votes`, { method: 'POST', body: { cardId } });

export const withdrawVote = (id: string, voteId: string) => api<MyVotes>(`${workshopPath(id)}/votes/${encodeURIComponent(voteId)}`, { method: 'DELETE' });

/** Compiles every group's cards into a new document (the workshop type's template); returns it. */
export const compileWorkshop = (id: string) =>
  api<{ document: { id: string; title: string; type: string } }>(`${workshopPath(id)}/compile`, { method: 'POST' }).then((data) => data.document);

export const workshopCsvUrl = (id: string) => `/api${workshopPath(id)}/export.csv`;
