import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_SETTINGS, type OrganisationSettings } from '../domain/organisation-settings';
import { ROLES, type Role } from '../domain/roles';
import { can, documentPermissions, type Action, type DocumentResource, type Subject } from './permissions';

const ORG = 'org-1';
const MY_BODY = 'body-mine';
const OTHER_BODY = 'body-other';

const subject = (role: Role, organisationId = ORG): Subject => ({ userId: `u-${role}`, organisationId, role, bodyIds: [MY_BODY] });

type State = 'draft-my-body' | 'draft-other-body' | 'draft-no-body' | 'locked';
const settingsVariants = {
  default: DEFAULT_ORGANISATION_SETTINGS,
  restricted: { ...DEFAULT_ORGANISATION_SETTINGS, restrictEditingToBodyMembers: true },
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
