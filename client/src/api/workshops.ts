import type { RequestBody } from '../../../shared/api/contract';
import type * as exports from '../../../shared/api/workshop-exports';
import type * as contract from '../../../shared/api/workshops';
import { call } from './http';

export type NewWorkshop = RequestBody<typeof contract.createWorkshop>;
export type WorkshopChanges = RequestBody<typeof contract.updateWorkshop>;
/** A facilitator's change to the day's flow; every field is optional. */
export type ControlChange = RequestBody<typeof contract.setControl>;

const workshopPath = (id: string) => `/workshops/${encodeURIComponent(id)}` as const;

export const fetchWorkshops = (signal?: AbortSignal) => call<typeof contract.listWorkshops>('/workshops', { signal }).then((data) => data.workshops);

export const fetchWorkshop = (id: string, signal?: AbortSignal) => call<typeof contract.getWorkshop>(workshopPath(id), { signal }).then((data) => data.workshop);

/** The workshop a join code names, if this member or guest may view it (the presenter view's address). */
export const fetchWorkshopByCode = (code: string, signal?: AbortSignal) =>
  call<typeof contract.getWorkshopByCode>(`/workshops/by-code/${encodeURIComponent(code)}`, { signal }).then((data) => data.workshop);

export const createWorkshop = (fields: NewWorkshop) => call<typeof contract.createWorkshop>('/workshops', { method: 'POST', body: fields }).then((data) => data.workshop);

export const updateWorkshop = (id: string, changes: WorkshopChanges) =>
  call<typeof contract.updateWorkshop>(workshopPath(id), { method: 'PATCH', body: changes }).then((data) => data.workshop);

/** Joins by code: a member as themselves, anyone else as a guest with `name` (sets the guest cookie). */
export const joinWorkshop = (code: string, name?: string) =>
  call<typeof contract.joinWorkshop>('/workshops/join', { method: 'POST', body: name === undefined ? { code } : { code, name } });

export const fetchParticipants = (id: string, signal?: AbortSignal) =>
  call<typeof contract.listParticipants>(`${workshopPath(id)}/participants`, { signal }).then((data) => data.participants);

export const moveParticipant = (id: string, participantId: string, groupId: string | null) =>
  call<typeof contract.moveParticipant>(`${workshopPath(id)}/participants/${encodeURIComponent(participantId)}/group`, { method: 'PUT', body: { groupId } }).then(
    (data) => data.participant,
  );

export const setWorkshopControl = (id: string, change: ControlChange) =>
  call<typeof contract.setControl>(`${workshopPath(id)}/control`, { method: 'POST', body: change }).then((data) => data.control);

/** Hidden cards per group id (facilitators only). */
export const fetchHiddenCardCounts = (id: string, signal?: AbortSignal) =>
  call<typeof contract.getHiddenCardCounts>(`${workshopPath(id)}/hidden-cards`, { signal }).then((data) => data.hiddenCards);

export const fetchMyVotes = (id: string, signal?: AbortSignal) => call<typeof contract.getMyVotes>(`${workshopPath(id)}/votes/mine`, { signal });

export const castVote = (id: string, cardId: string) => call<typeof contract.castVote>(`${workshopPath(id)}/votes`, { method: 'POST', body: { cardId } });

export const withdrawVote = (id: string, voteId: string) => call<typeof contract.withdrawVote>(`${workshopPath(id)}/votes/${encodeURIComponent(voteId)}`, { method: 'DELETE' });

/** Compiles every group's cards into a new document (the workshop type's template); returns it. */
export const compileWorkshop = (id: string) => call<typeof exports.compileWorkshop>(`${workshopPath(id)}/compile`, { method: 'POST' }).then((data) => data.document);

export const workshopCsvUrl = (id: string) => `/api${workshopPath(id)}/export.csv`;
