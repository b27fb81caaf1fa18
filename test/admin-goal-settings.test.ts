import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { organisations } from '../server/db/schema';
import { DEMO_USERS } from '../server/demo/exempelkommun';
import type { OrganisationSettings } from '../shared/domain/organisation-settings';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

const emailOf = (role: string) => DEMO_USERS.find((user) => user.role === role)!.email;
type Answer = { organisation: { settings: OrganisationSettings } };
type Problem = { error: { code: string; message: string } };

const levels = [
  { key: 'kf', name: 'Koncerngemensamma mål', goalName: 'Koncernmål' },
  { key: 'namnd', name: 'Nämnd och bolag', goalName: 'Nämndmål' },
  { key: 'kontor', name: 'Kontor', goalName: 'Kontorsmål' },
];
const periods = [
  { key: 'tertial', name: 'Tertialrapport', asOf: '04-30', forecast: true },
  { key: 'delarsrapport', name: 'Delårsrapport', asOf: '08-31', forecast: true },
  { key: 'arsredovisning', name: 'Årsredovisning', asOf: '12-31', forecast: false },
];

describe(`the goal settings through PATCH /api/admin/organisation on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let admin: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    admin = await h.login(emailOf('admin'));
  });
  afterAll(() => h.dispose());

  const patch = (settings: unknown, cookie = admin) => h.request('/api/admin/organisation', { method: 'PATCH', cookie, body: { settings } });
  const stored = async () => (await h.db.select().from(organisations).where(eq(organisations.id, h.organisationId)))[0]!.settings as Record<string, unknown>;

  it('saves levels, the count rule, the parent rule and follow-up periods, and members see them', async () => {
    const response = await patch({ goalLevels: levels, goalCountRule: { kind: 'totalWithTop', max: 7 }, requireParentGoal: true, followUpPeriods: periods });
    expect(response.status).toBe(200);
    const { settings } = ((await response.json()) as Answer).organisation;
    expect(settings).toMatchObject({ goalLevels: levels, goalCountRule: { kind: 'totalWithTop', max: 7 }, requireParentGoal: true, followUpPeriods: periods, lockRoles: ['admin', 'facilitator'] });
    const me = (await (await h.request('/api/me', { cookie: await h.login(emailOf('politician')) })).json()) as Answer;
    expect(me.organisation.settings).toMatchObject({ goalLevels: levels, goalCountRule: { kind: 'totalWithTop', max: 7 }, requireParentGoal: true, followUpPeriods: periods });

    // One part at a time keeps the rest; names are stored trimmed.
    const perLevel = await patch({ goalCountRule: { kind: 'perLevel', max: { kf: 4, namnd: 3, kontor: null } }, goalLevels: [{ ...levels[0]!, name: '  KF-mål ' }, ...levels.slice(1)] });
    expect(((await perLevel.json()) as Answer).organisation.settings).toMatchObject({
      goalLevels: [{ key: 'kf', name: 'KF-mål' }, { key: 'namnd' }, { key: 'kontor' }],
      goalCountRule: { kind: 'perLevel', max: { kf: 4, namnd: 3, kontor: null } },
      requireParentGoal: true,
      followUpPeriods: periods,
    });
  });

  it('refuses bad goal settings with 400 and a Swedish message naming the field, and changes nothing', async () => {
    const before = await stored();
    const cases: Array<[unknown, string]> = [
      [{ goalLevels: [levels[0], { ...levels[1], key: 'kf' }] }, 'Nivå 2 har samma nyckel som en annan nivå (kf).'],
      [{ goalLevels: [{ ...levels[0], name: '   ' }] }, 'Nivå 1: ange ett namn på högst 80 tecken.'],
      [{ goalLevels: [] }, 'Ange från 1 till 8 nivåer.'],
      [{ goalLevels: [{ ...levels[0], key: 'Kommunfullmäktige' }] }, 'Nivå 1 har en ogiltig nyckel (Kommunfullmäktige): använd a–z, 0–9 och bindestreck.'],
      [{ followUpPeriods: [{ ...periods[0], asOf: '02-30' }] }, 'Uppföljning 1: 02-30 är ingen dag på året.'],
      [{ followUpPeriods: [periods[0], { ...periods[1], key: 'tertial' }] }, 'Uppföljning 2 har samma nyckel som en annan uppföljning (tertial).'],
      [{ followUpPeriods: [{ ...periods[0], name: '' }] }, 'Uppföljning 1: ange ett namn på högst 80 tecken.'],
      [{ goalCountRule: { kind: 'totalWithTop', max: 0 } }, 'Totalt högst antal mål: ange ett heltal från 1 till 50.'],
      [{ goalCountRule: { kind: 'perLevel', max: { namnd: 3.5 } } }, 'Högst antal mål för nivån Nämnd / styrelse / bolag: ange ett heltal från 1 till 50, eller lämna tomt.'],
    ];
    for (const [settings, message] of cases) {
      const response = await patch(settings);
      expect(response.status, message).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'invalid_goal_settings', message } });
    }
    // What is not even the shape of the settings is refused by the contract.
    for (const settings of [{ goalCountRule: { kind: 'most', max: 3 } }, { goalCountRule: { kind: 'perLevel', max: { KF: 3 } } }, { requireParentGoal: 'ja' }, { followUpPeriods: [{ key: 'x', name: 'X', asOf: '01-01' }] }]) {
      const response = await patch(settings);
      expect(response.status).toBe(400);
      expect(((await response.json()) as Problem).error).toEqual({ code: 'invalid_input', message: 'Kontrollera uppgifterna: Inställningar.' });
    }
    expect(await stored()).toEqual(before);
  });

  it('lets only an admin change them', async () => {
    for (const role of ['facilitator', 'politician', 'official', 'viewer']) {
      expect((await patch({ requireParentGoal: true }, await h.login(emailOf(role)))).status, role).toBe(403);
    }
  });

  it("reads an organisation's settings stored before the count rule as a per-level rule, and stores the new shape on the next change", async () => {
    const old = { restrictEditingToBodyMembers: true, lockRoles: ['admin'], commentsOnLockedDocuments: true, maxGoals: { kf: 4, namnd: 2, forvaltning: 6 }, revisionRetentionDays: 30 };
    await h.db.update(organisations).set({ settings: old }).where(eq(organisations.id, h.organisationId));
    const read = ((await (await h.request('/api/admin/organisation', { cookie: admin })).json()) as Answer).organisation.settings;
    expect(read).toMatchObject({ restrictEditingToBodyMembers: true, goalCountRule: { kind: 'perLevel', max: { kf: 4, namnd: 2, forvaltning: 6, enhet: null } }, requireParentGoal: false });
    expect(read).not.toHaveProperty('maxGoals');
    expect(read.goalLevels.map((level) => level.key)).toEqual(['kf', 'namnd', 'forvaltning', 'enhet']);

    expect((await patch({ requireParentGoal: true })).status).toBe(200);
    const now = await stored();
    expect(now).not.toHaveProperty('maxGoals');
    expect(now).toMatchObject({ lockRoles: ['admin'], goalCountRule: { kind: 'perLevel', max: { kf: 4, namnd: 2, forvaltning: 6, enhet: null } }, requireParentGoal: true });
  });
});
