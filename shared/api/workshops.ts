/**
 * Workshops (omvärldsdag, budgetdag): members see them, facilitators run them, guests who joined by code
 * reach their own workshop only. Control and votes are stored by these routes and the server writes
 * them into the control room, which every client only reads.
 */
import { z } from 'zod';
import { WORKSHOP_ACTIONS } from '../auth/permissions';
import { DOCUMENT_TYPES } from '../domain/documents';
import { LAYOUT_KINDS, type BoardLayout } from '../workshops/board-layouts';
import type { ControlState } from '../workshops/control';
import type { VoteRules } from '../workshops/votes';
import { WORKSHOP_TYPES, type WorkshopPhase } from '../workshops/workshop';
import { id, idParams, timestamp } from './common';
import { mirrors, route } from './contract';
import { workshopLimits } from './organisations';

const MAX_GROUPS = 30;
const name = z.string().trim().min(1).max(80);
const isoDate = z.iso.date();

const phase = mirrors<WorkshopPhase>()(
  z.object({
    id: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(80),
    instruction: z.string().trim().max(2000),
    cardsOpen: z.boolean(),
    votingOpen: z.boolean(),
    /** Cards written in this phase carry no author; absent means false. */
    anonymous: z.boolean().default(false),
  }),
);
const phases = z
  .array(phase)
  .min(1)
  .max(20)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'phase ids must be unique' });
const voteRules = mirrors<VoteRules>()(
  z
    .object({ votesPerParticipant: z.int().min(1).max(50), maxPerCard: z.int().min(1).max(50) })
    .refine((rules) => rules.maxPerCard <= rules.votesPerParticipant, { message: 'maxPerCard must not exceed votesPerParticipant' }),
);

const boardLayout = mirrors<BoardLayout>()(
  z.object({ columns: z.array(z.object({ id: z.string(), name: z.string(), categories: z.array(z.object({ id: z.string(), name: z.string() })) })) }),
);

const controlState = mirrors<ControlState>()(
  z.object({
    phaseId: z.string().nullable(),
    timerEndsAt: timestamp.nullable(),
    votesRevealed: z.boolean(),
    lockedGroups: z.array(id),
    tallies: z.record(z.string(), z.number()).nullable(),
    presentedGroupId: id.nullable(),
    anonymous: z.boolean(),
    cardsHidden: z.boolean(),
  }),
);

/** The control state as stored (the control room adds `tallies` once votes are revealed). */
const workshopControl = controlState.omit({ tallies: true });

/** The caller's own participation in a workshop. */
const workshopParticipation = z.object({ participantId: id, name: z.string(), groupId: id.nullable(), guest: z.boolean() });
export type WorkshopParticipation = z.infer<typeof workshopParticipation>;

const workshopGroup = z.object({ id, name: z.string(), position: z.number() });
export type WorkshopGroup = z.infer<typeof workshopGroup>;

/** A workshop as the server presents it to one caller. */
const workshopView = z.object({
  id,
  type: z.enum(WORKSHOP_TYPES),
  title: z.string(),
  date: isoDate,
  /** Only for those who run the workshop (it lets anyone in). */
  joinCode: z.string().optional(),
  layout: boardLayout,
  phases: z.array(phase),
  voteRules,
  compilesTo: z.enum(DOCUMENT_TYPES),
  groups: z.array(workshopGroup),
  control: workshopControl,
  archived: z.boolean(),
  /** The caller's own participation, if they joined. */
  me: workshopParticipation.nullable(),
  permissions: z.array(z.enum(WORKSHOP_ACTIONS)),
  /** The kommun's limits on a board's cards, for the add-card form to say so before the server refuses. */
  cardLimits: workshopLimits,
});
export type WorkshopView = z.infer<typeof workshopView>;

const participantView = z.object({ id, name: z.string(), guest: z.boolean(), userId: id.nullable(), groupId: id.nullable(), joinedAt: timestamp });
export type ParticipantView = z.infer<typeof participantView>;

const myVotes = z.object({ votes: z.array(z.object({ id, cardId: z.string(), createdAt: timestamp })), rules: voteRules, left: z.number() });
export type MyVotes = z.infer<typeof myVotes>;

const oneWorkshop = z.object({ workshop: workshopView });
const joined = z.object({ workshop: workshopView, participant: workshopParticipation });
export type JoinResult = z.infer<typeof joined>;

const newWorkshop = z
  .object({
    type: z.enum(WORKSHOP_TYPES),
    title: z.string().trim().min(1).max(200),
    date: isoDate,
    groupCount: z.int().min(1).max(MAX_GROUPS).optional(),
    groupNames: z.array(name).min(1).max(MAX_GROUPS).optional(),
    layout: z.enum(LAYOUT_KINDS).optional(),
    phases: phases.optional(),
    voteRules: voteRules.optional(),
  })
  .refine((input) => (input.groupCount === undefined) !== (input.groupNames === undefined), { path: ['groupCount'], message: 'give groupCount or groupNames' });

/** A guest's name as shown to the others: 1–80 characters after trimming. */
export const guestName = name;

/** The group the presenter view shows, the phase, timer, locks and hidden cards: every field is optional. */
const controlChange = z.object({
  phaseId: z.string().min(1).max(40).optional(),
  timer: z.object({ endsAt: z.iso.datetime({ offset: true }) }).nullable().optional(),
  revealVotes: z.boolean().optional(),
  lockedGroupIds: z.array(z.uuid()).max(MAX_GROUPS).optional(),
  /** The group the presenter view shows; null for the plenary. */
  presentedGroupId: z.uuid().nullable().optional(),
  /** Hide participants' new cards from the others (true) or reveal every hidden card (false). */
  cardsHidden: z.boolean().optional(),
});

export const listWorkshops = route({ method: 'get', path: '/workshops', summary: 'The organisation’s workshops the member may see.', auth: 'member', responses: { 200: z.object({ workshops: z.array(workshopView) }) } });

export const createWorkshop = route({
  method: 'post',
  path: '/workshops',
  summary: 'Creates a workshop with its groups (give groupCount or groupNames), layout, phases and vote rules.',
  auth: 'member',
  body: newWorkshop,
  responses: { 201: oneWorkshop },
});

export const joinWorkshop = route({
  method: 'post',
  path: '/workshops/join',
  summary: 'Joins by code: a member as themselves, anyone else as a guest with `name` (sets the guest cookie); 404 unknown code, 429 when guessing.',
  auth: 'none',
  body: z.object({ code: z.string().max(40), name: z.string().optional() }),
  responses: { 200: joined },
});

export const getWorkshopByCode = route({
  method: 'get',
  path: '/workshops/by-code/:code',
  summary: 'The workshop a join code names, for the presenter view’s address (/w/<code>/present).',
  auth: 'member-or-guest',
  params: z.object({ code: z.string() }),
  responses: { 200: oneWorkshop },
});

export const getWorkshop = route({ method: 'get', path: '/workshops/:id', summary: 'One workshop.', auth: 'member-or-guest', params: idParams, responses: { 200: oneWorkshop } });

export const updateWorkshop = route({
  method: 'patch',
  path: '/workshops/:id',
  summary: 'Changes title, date, group names (by id), phases or vote rules (facilitators).',
  auth: 'member',
  params: idParams,
  body: z.object({
    title: z.string().trim().min(1).max(200).optional(),
    date: isoDate.optional(),
    /** Renames by id; groups are not added or removed here (boards hang off them). */
    groups: z.array(z.object({ id: z.uuid(), name })).max(MAX_GROUPS).optional(),
    phases: phases.optional(),
    voteRules: voteRules.optional(),
  }),
  responses: { 200: oneWorkshop },
});

export const listParticipants = route({
  method: 'get',
  path: '/workshops/:id/participants',
  summary: 'Who joined and where they sit (facilitators).',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ participants: z.array(participantView) }) },
});

export const moveParticipant = route({
  method: 'put',
  path: '/workshops/:id/participants/:pid/group',
  summary: 'Moves a participant to a group, or out of every group with null (facilitators).',
  auth: 'member',
  params: z.object({ id: z.uuid(), pid: z.uuid() }),
  body: z.object({ groupId: z.uuid().nullable() }),
  responses: { 200: z.object({ participant: z.object({ id, groupId: id.nullable() }) }) },
});

export const setControl = route({
  method: 'post',
  path: '/workshops/:id/control',
  summary: 'The day’s flow: phase, timer, revealed votes, locked boards, the presented group, hidden cards (facilitators).',
  auth: 'member',
  params: idParams,
  body: controlChange,
  responses: { 200: z.object({ control: controlState.nullable() }) },
});

export const getHiddenCardCounts = route({
  method: 'get',
  path: '/workshops/:id/hidden-cards',
  summary: 'Hidden cards per group id (facilitators).',
  auth: 'member',
  params: idParams,
  responses: { 200: z.object({ hiddenCards: z.record(z.string(), z.number()) }) },
});

export const getMyVotes = route({ method: 'get', path: '/workshops/:id/votes/mine', summary: 'The participant’s votes and how many are left.', auth: 'member-or-guest', params: idParams, responses: { 200: myVotes } });

export const castVote = route({
  method: 'post',
  path: '/workshops/:id/votes',
  summary: 'Puts one vote on a card while voting is open, within the vote rules.',
  auth: 'member-or-guest',
  params: idParams,
  body: z.object({ cardId: z.string().min(1).max(100) }),
  responses: { 201: z.object({ vote: z.object({ id, cardId: z.string() }), mine: myVotes }) },
});

export const withdrawVote = route({
  method: 'delete',
  path: '/workshops/:id/votes/:voteId',
  summary: 'Takes one of one’s votes back.',
  auth: 'member-or-guest',
  params: z.object({ id: z.uuid(), voteId: z.uuid() }),
  responses: { 200: myVotes },
});

export const workshopContracts = { listWorkshops, createWorkshop, joinWorkshop, getWorkshopByCode, getWorkshop, updateWorkshop, listParticipants, moveParticipant, setControl, getHiddenCardCounts, getMyVotes, castVote, withdrawVote };
