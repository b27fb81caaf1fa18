import { z } from 'zod';
import { LAYOUT_KINDS } from '../../shared/workshops/board-layouts';
import { WORKSHOP_TYPES } from '../../shared/workshops/workshop';

const MAX_GROUPS = 30;
const name = z.string().trim().min(1).max(80);
const isoDate = z.iso.date();

const phase = z.object({
  id: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(80),
  instruction: z.string().trim().max(2000),
  cardsOpen: z.boolean(),
  votingOpen: z.boolean(),
  /** Cards written in this phase carry no author; absent means false. */
  anonymous: z.boolean().default(false),
});
const phases = z
  .array(phase)
  .min(1)
  .max(20)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'phase ids must be unique' });
const voteRules = z
  .object({ votesPerParticipant: z.int().min(1).max(50), maxPerCard: z.int().min(1).max(50) })
  .refine((rules) => rules.maxPerCard <= rules.votesPerParticipant, { message: 'maxPerCard must not exceed votesPerParticipant' });

export const newWorkshopInput = z
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
export type NewWorkshopInput = z.infer<typeof newWorkshopInput>;

/** Groups are renamed by id; groups cannot be added or removed here (boards hang off them). */
export const workshopChanges = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  date: isoDate.optional(),
  groups: z.array(z.object({ id: z.uuid(), name })).max(MAX_GROUPS).optional(),
  phases: phases.optional(),
  voteRules: voteRules.optional(),
});
export type WorkshopChanges = z.infer<typeof workshopChanges>;

export const joinInput = z.object({ code: z.string().max(40), name: z.string().optional() });

/** A guest's name as shown to the others: 1–80 characters after trimming. */
export const guestName = name;

export const controlInput = z.object({
  phaseId: z.string().min(1).max(40).optional(),
  timer: z.object({ endsAt: z.iso.datetime({ offset: true }) }).nullable().optional(),
  revealVotes: z.boolean().optional(),
  lockedGroupIds: z.array(z.uuid()).max(MAX_GROUPS).optional(),
  /** The group the presenter view shows; null for the plenary. */
  presentedGroupId: z.uuid().nullable().optional(),
  /** Hide participants' new cards from the others (true) or reveal every hidden card (false). */
  cardsHidden: z.boolean().optional(),
});
export type ControlInput = z.infer<typeof controlInput>;

export const moveInput = z.object({ groupId: z.uuid().nullable() });
export const voteInput = z.object({ cardId: z.string().min(1).max(100) });
