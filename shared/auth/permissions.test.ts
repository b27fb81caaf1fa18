import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_SETTINGS, type OrganisationSettings } from '../domain/organisation-settings';
import { ROLES, type Role } from '../domain/roles';
import { can, documentPermissions, workshopPermissions, type Action, type DiscussionAction, type DiscussionResource, type DocumentResource, type GuestSubject, type Subject, type WorkshopAction, type WorkshopResource } from './permissions';

const ORG = 'org-1';
const MY_BODY = 'body-mine';
const OTHER_BODY = 'body-other';

const subject = (role: Role, organisationId = ORG): Subject => ({ userId: `u-${role}`, organisationId, role, bodyIds: [MY_BODY] });

type State = 'draft-my-body' | 'draft-other-body' | 'draft-no-body' | 'locked';
const settingsVariants = {
  default: DEFAULT_ORGANISATION_SETTINGS,
  restricted: { ...DEFAULT_ORGANISATION_SETTINGS, restrictEditingToBodyMembers: true },
  draftsForMembers: { ...DEFAULT_ORGANISATION_SETTINGS, restrictDraftReadingToBodyMembers: true },
  noLockedComments: { ...DEFAULT_ORGANISATION_SETTINGS, commentsOnLockedDocuments: false },
  politiciansLock: { ...DEFAULT_ORGANISATION_SETTINGS, lockRoles: ['admin', 'facilitator', 'politician'] },
} satisfies Record<string, OrganisationSettings>;
type Variant = keyof typeof settingsVariants;

function document(state: State, variant: Variant): DocumentResource {
  return {
    kind: 'document',
    organisationId: ORG,
    bodyId: state === 'draft-my-body' ? MY_BODY : state === 'draft-other-body' ? OTHER_BODY : state === 'draft-no-body' ? null : MY_BODY,
    status: state === 'locked' ? 'fastställd' : 'utkast',
    settings: settingsVariants[variant],
  };
}

// The expected table, written out by hand (not derived from the code under test). Letters per role in
// ROLES order: admin, facilitator, politician, official, commenter, viewer. 'x' = allowed, '.' = denied.
const expected: Record<Variant, Record<State, Record<string, string>>> = {
  default: {
    'draft-my-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-other-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-no-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    locked: { read: 'xxxxxx', edit: '......', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
  },
  restricted: {
    'draft-my-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-other-body': { read: 'xxxxxx', edit: 'xx....', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-no-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    locked: { read: 'xxxxxx', edit: '......', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
  },
  draftsForMembers: {
    'draft-my-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-other-body': { read: 'xx....', edit: 'xx....', comment: 'xx....', lock: 'xx....', reopen: 'xx....', export: 'xx....' },
    'draft-no-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    locked: { read: 'xxxxxx', edit: '......', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
  },
  noLockedComments: {
    'draft-my-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-other-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    'draft-no-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
    locked: { read: 'xxxxxx', edit: '......', comment: '......', lock: 'xx....', reopen: 'xx....', export: 'xxxxxx' },
  },
  politiciansLock: {
    'draft-my-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xxx...', reopen: 'xxx...', export: 'xxxxxx' },
    'draft-other-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xxx...', reopen: 'xxx...', export: 'xxxxxx' },
    'draft-no-body': { read: 'xxxxxx', edit: 'xxxx..', comment: 'xxxxx.', lock: 'xxx...', reopen: 'xxx...', export: 'xxxxxx' },
    locked: { read: 'xxxxxx', edit: '......', comment: 'xxxxx.', lock: 'xxx...', reopen: 'xxx...', export: 'xxxxxx' },
  },
};

const organisationExpected: Record<string, string> = {
  'document.create': 'xxxx..',
  'workshop.facilitate': 'xx....',
  'org.admin': 'x.....',
};

const cases = Object.entries(expected).flatMap(([variant, states]) =>
  Object.entries(states).flatMap(([state, actions]) =>
    Object.entries(actions).flatMap(([action, letters]) =>
      ROLES.map((role, index) => ({ variant: variant as Variant, state: state as State, action: `document.${action}` as Action, role, allowed: letters[index] === 'x' })),
    ),
  ),
);

describe('can(): the permission matrix', () => {
  it.each(cases)('$variant / $state / $action / $role → $allowed', ({ variant, state, action, role, allowed }) => {
    expect(can(subject(role), action, document(state, variant))).toBe(allowed);
  });

  it.each(Object.entries(organisationExpected).flatMap(([action, letters]) => ROLES.map((role, index) => ({ action, role, allowed: letters[index] === 'x' }))))(
    'organisation / $action / $role → $allowed',
    ({ action, role, allowed }) => {
      const organisation = { kind: 'organisation', organisationId: ORG, settings: DEFAULT_ORGANISATION_SETTINGS } as const;
      expect(can(subject(role), action as Action, organisation)).toBe(allowed);
    },
  );

  it.each(ROLES)('denies every action to a %s of another organisation', (role) => {
    for (const action of ['document.read', 'document.edit', 'document.comment', 'document.lock', 'document.export'] as const) {
      expect(can(subject(role, 'org-2'), action, document('draft-my-body', 'default'))).toBe(false);
    }
    expect(can(subject(role, 'org-2'), 'org.admin', { kind: 'organisation', organisationId: ORG, settings: DEFAULT_ORGANISATION_SETTINGS })).toBe(false);
  });

  it('denies everything without a subject, and actions that do not belong to the resource kind', () => {
    expect(can(null, 'document.read', document('draft-my-body', 'default'))).toBe(false);
    expect(can(subject('admin'), 'org.admin', document('draft-my-body', 'default'))).toBe(false);
    expect(can(subject('admin'), 'document.read', { kind: 'organisation', organisationId: ORG, settings: DEFAULT_ORGANISATION_SETTINGS })).toBe(false);
  });

  it('lists a document\'s permissions for the client', () => {
    expect(documentPermissions(subject('commenter'), document('draft-my-body', 'default'))).toEqual(['document.read', 'document.comment', 'document.export']);
  });
});

// Discussions (comment threads): the expected table, by hand. Per role in ROLES order, as above. 'own' =
// the subject started the thread / wrote the comment; 'others' = someone else did. reply and resolve are
// asked of a thread, edit and delete of a comment.
type DiscussionState = 'draft-my-body' | 'draft-other-body' | 'locked';
type DiscussionVariant = 'default' | 'restricted' | 'draftsForMembers' | 'noLockedComments';
type Whose = 'own' | 'others';
const discussionExpected: Record<DiscussionVariant, Record<DiscussionState, Record<`${'reply' | 'resolve' | 'edit' | 'delete'} ${Whose}`, string>>> = {
  default: {
    'draft-my-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    'draft-other-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    locked: { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
  },
  restricted: {
    'draft-my-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    // Politicians and officials outside the document's body do not edit it, so they resolve only their own threads.
    'draft-other-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xx....', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    locked: { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
  },
  // Outside the document's body, only admins and facilitators read a draft, so only they take part in its discussion.
  draftsForMembers: {
    'draft-my-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    'draft-other-body': { 'reply own': 'xx....', 'reply others': 'xx....', 'resolve own': 'xx....', 'resolve others': 'xx....', 'edit own': 'xx....', 'edit others': '......', 'delete own': 'xx....', 'delete others': 'x.....' },
    locked: { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
  },
  noLockedComments: {
    'draft-my-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    'draft-other-body': { 'reply own': 'xxxxx.', 'reply others': 'xxxxx.', 'resolve own': 'xxxxx.', 'resolve others': 'xxxx..', 'edit own': 'xxxxx.', 'edit others': '......', 'delete own': 'xxxxx.', 'delete others': 'x.....' },
    // Nobody acts on a locked document's discussion when the organisation closes comments on locked documents.
    locked: { 'reply own': '......', 'reply others': '......', 'resolve own': '......', 'resolve others': '......', 'edit own': '......', 'edit others': '......', 'delete own': '......', 'delete others': '......' },
  },
};

const DISCUSSION_ACTION: Record<string, { action: DiscussionAction; kind: DiscussionResource['kind'] }> = {
  reply: { action: 'thread.reply', kind: 'thread' },
  resolve: { action: 'thread.resolve', kind: 'thread' },
  edit: { action: 'comment.edit', kind: 'comment' },
  delete: { action: 'comment.delete', kind: 'comment' },
};

function discussion(kind: DiscussionResource['kind'], role: Role, whose: Whose, state: DiscussionState, variant: DiscussionVariant): DiscussionResource {
  return { kind, organisationId: ORG, document: document(state, variant), authorId: whose === 'own' ? subject(role).userId : 'u-someone-else' };
}

const discussionCases = Object.entries(discussionExpected).flatMap(([variant, states]) =>
  Object.entries(states).flatMap(([state, entries]) =>
    Object.entries(entries).flatMap(([key, letters]) => {
      const [name, whose] = key.split(' ') as [string, Whose];
      return ROLES.map((role, index) => ({ variant: variant as DiscussionVariant, state: state as DiscussionState, name, whose, role, allowed: letters[index] === 'x' }));
    }),
  ),
);

describe('can(): discussions (comment threads)', () => {
  it.each(discussionCases)('$variant / $state / $name $whose / $role → $allowed', ({ variant, state, name, whose, role, allowed }) => {
    const { action, kind } = DISCUSSION_ACTION[name]!;
    expect(can(subject(role), action, discussion(kind, role, whose, state, variant))).toBe(allowed);
  });

  it('asks thread actions of threads and comment actions of comments only', () => {
    expect(can(subject('admin'), 'thread.reply', discussion('comment', 'admin', 'own', 'draft-my-body', 'default'))).toBe(false);
    expect(can(subject('admin'), 'thread.resolve', discussion('comment', 'admin', 'own', 'draft-my-body', 'default'))).toBe(false);
    expect(can(subject('admin'), 'comment.edit', discussion('thread', 'admin', 'own', 'draft-my-body', 'default'))).toBe(false);
    expect(can(subject('admin'), 'comment.delete', discussion('thread', 'admin', 'own', 'draft-my-body', 'default'))).toBe(false);
    expect(can(subject('admin'), 'document.read', discussion('thread', 'admin', 'own', 'draft-my-body', 'default'))).toBe(false);
  });

  it.each(ROLES)('denies every discussion action to a %s of another organisation, and on a document of another organisation', (role) => {
    for (const { action, kind } of Object.values(DISCUSSION_ACTION)) {
      const own = discussion(kind, role, 'own', 'draft-my-body', 'default');
      expect(can(subject(role, 'org-2'), action, own)).toBe(false);
      expect(can(subject(role), action, { ...own, document: { ...own.document, organisationId: 'org-2' } })).toBe(false);
    }
  });
});

// Workshops: the expected table, by hand. Letters per role in ROLES order, then a guest who joined this
// workshop by code (7 letters). The board asked about is always group A's.
type WorkshopState = 'not-joined' | 'in-group-a' | 'in-group-a-locked' | 'in-group-b' | 'no-group' | 'archived-in-group-a';
// "open"/"closed": the current phase takes votes and cards, or neither.
type WorkshopCase = 'view' | 'manage' | 'join' | 'board.read' | 'board.write' | 'cards.write open' | 'cards.write closed' | 'vote open' | 'vote closed';
const workshopExpected: Record<WorkshopState, Record<WorkshopCase, string>> = {
  'not-joined': { view: 'xxxxxx.', manage: 'xx.....', join: 'xxxxx..', 'board.read': 'xx.....', 'board.write': 'xx.....', 'cards.write open': 'xx.....', 'cards.write closed': 'xx.....', 'vote open': '.......', 'vote closed': '.......' },
  'in-group-a': { view: 'xxxxxxx', manage: 'xx.....', join: 'xxxxx..', 'board.read': 'xxxxxxx', 'board.write': 'xxxxxxx', 'cards.write open': 'xxxxxxx', 'cards.write closed': 'xx.....', 'vote open': 'xxxxxxx', 'vote closed': '.......' },
  // A locked board is written by facilitators only.
  'in-group-a-locked': { view: 'xxxxxxx', manage: 'xx.....', join: 'xxxxx..', 'board.read': 'xxxxxxx', 'board.write': 'xx.....', 'cards.write open': 'xx.....', 'cards.write closed': 'xx.....', 'vote open': 'xxxxxxx', 'vote closed': '.......' },
  'in-group-b': { view: 'xxxxxxx', manage: 'xx.....', join: 'xxxxx..', 'board.read': 'xxxxxxx', 'board.write': 'xx.....', 'cards.write open': 'xx.....', 'cards.write closed': 'xx.....', 'vote open': 'xxxxxxx', 'vote closed': '.......' },
  'no-group': { view: 'xxxxxxx', manage: 'xx.....', join: 'xxxxx..', 'board.read': 'xxxxxxx', 'board.write': 'xx.....', 'cards.write open': 'xx.....', 'cards.write closed': 'xx.....', 'vote open': 'xxxxxxx', 'vote closed': '.......' },
  // An archived workshop is read, never written.
  'archived-in-group-a': { view: 'xxxxxxx', manage: 'xx.....', join: '.......', 'board.read': 'xxxxxxx', 'board.write': '.......', 'cards.write open': '.......', 'cards.write closed': '.......', 'vote open': '.......', 'vote closed': '.......' },
};

const WORKSHOP = 'workshop-1';
const guest = (workshopId = WORKSHOP, organisationId = ORG): GuestSubject => ({ kind: 'guest', organisationId, workshopId, participantId: 'p-guest' });
type Asker = { name: Role | 'guest'; subject: Subject | GuestSubject; participantId: string };
const askers: Asker[] = [...ROLES.map((role) => ({ name: role, subject: subject(role), participantId: `p-${role}` })), { name: 'guest' as const, subject: guest(), participantId: 'p-guest' }];

function workshop(state: WorkshopState, participantId: string, phaseOpen: boolean): WorkshopResource {
  const groupId = state === 'in-group-b' ? 'group-b' : state === 'no-group' ? null : 'group-a';
  return {
    kind: 'workshop',
    organisationId: ORG,
    workshopId: WORKSHOP,
    archived: state === 'archived-in-group-a',
    participant: state === 'not-joined' ? null : { id: participantId, groupId },
    board: { groupId: 'group-a', locked: state === 'in-group-a-locked' },
    votingOpen: phaseOpen,
    cardsOpen: phaseOpen,
  };
}

const workshopCases = Object.entries(workshopExpected).flatMap(([state, entries]) =>
  Object.entries(entries).flatMap(([name, letters]) => askers.map((asker, index) => ({ state: state as WorkshopState, name: name as WorkshopCase, asker, allowed: letters[index] === 'x' }))),
);

describe('can(): workshops', () => {
  it.each(workshopCases)('$state / $name / $asker.name → $allowed', ({ state, name, asker, allowed }) => {
    const [action, phase] = name.split(' ') as [string, string | undefined];
    const resource = workshop(state, asker.participantId, phase !== 'closed');
    expect(can(asker.subject, `workshop.${action}` as WorkshopAction, resource)).toBe(allowed);
  });

  it('asks board actions of a board only', () => {
    const { board: _board, ...noBoard } = workshop('in-group-a', 'p-facilitator', true);
    expect(can(subject('facilitator'), 'workshop.board.read', noBoard)).toBe(false);
    expect(can(subject('facilitator'), 'workshop.board.write', noBoard)).toBe(false);
  });

  it('gives a guest nothing in another workshop, as another participant, or outside workshops', () => {
    const resource = workshop('in-group-a', 'p-guest', true);
    expect(workshopPermissions(guest('workshop-2'), resource)).toEqual([]);
    expect(workshopPermissions(guest(WORKSHOP, 'org-2'), resource)).toEqual([]);
    expect(workshopPermissions(guest(), workshop('in-group-a', 'p-someone-else', true))).toEqual([]);
    for (const action of ['document.read', 'document.export', 'document.comment'] as const) expect(can(guest(), action, document('draft-no-body', 'default'))).toBe(false);
    for (const action of ['document.create', 'workshop.facilitate', 'org.admin'] as const) {
      expect(can(guest(), action, { kind: 'organisation', organisationId: ORG, settings: DEFAULT_ORGANISATION_SETTINGS })).toBe(false);
    }
    expect(can(guest(), 'thread.reply', discussion('thread', 'admin', 'others', 'draft-my-body', 'default'))).toBe(false);
  });

  it.each(ROLES)('denies every workshop action to a %s of another organisation', (role) => {
    expect(workshopPermissions(subject(role, 'org-2'), workshop('in-group-a', `p-${role}`, true))).toEqual([]);
  });

  it('denies document and organisation actions asked of a workshop', () => {
    expect(can(subject('admin'), 'document.read', workshop('in-group-a', 'p-admin', true))).toBe(false);
    expect(can(subject('admin'), 'workshop.facilitate', workshop('in-group-a', 'p-admin', true))).toBe(false);
  });
});
