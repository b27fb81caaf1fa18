import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom, boardRoom } from '../shared/sync/rooms';
import { addCard, addCluster, setCardCluster, type NewCard } from '../shared/workshops/board';
import { auditLog } from '../server/db/schema';
import { appendUpdates, loadDocState } from '../server/sync/doc-store';
import { renderState } from '../server/versions/render-state';
import type { WorkshopView } from '../shared/api/workshops';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';
import { json, joinAsGuest, newWorkshop } from './helpers/workshops';

type Compiled = { document: { id: string; title: string; type: string } };

describe(`compiling and exporting a workshop on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let facilitator: string;
  let politician: string;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    facilitator = await h.login('processledare@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
  });
  afterAll(() => h.dispose());

  /** Writes cards (and clusters) onto a group's board as stored updates, as the sync server would persist them. */
  async function onBoard(workshopId: string, groupId: string, write: (doc: Y.Doc) => void) {
    const doc = await loadDocState(h.db, boardRoom(workshopId, groupId));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    write(doc);
    await appendUpdates(h.db, boardRoom(workshopId, groupId), updates);
    doc.destroy();
  }

  const at = (minute: number) => `2027-01-21T10:${String(minute).padStart(2, '0')}:00.000Z`;
  const card = (id: string, categoryId: string, text: string, minute: number, author: NewCard['author']): NewCard => ({ id, text, categoryId, author, createdAt: at(minute) });

  /** Two groups, a guest in each, cards in several categories, one cluster, votes cast (not revealed). */
  async function dayWithCards() {
    const workshop = await newWorkshop(h, facilitator, { title: 'Omvärldsdag 2027', groupCount: 2 });
    const anna = await joinAsGuest(h, workshop.joinCode!, 'Anna Gästsson');
    const bertil = await joinAsGuest(h, workshop.joinCode!, 'Bertil Gästsson');
    const [g1, g2] = workshop.groups as [WorkshopView['groups'][number], WorkshopView['groups'][number]];
    expect(new Set([anna.participant.groupId, bertil.participant.groupId])).toEqual(new Set([g1.id, g2.id]));
    const annaAuthor = { participantId: anna.participant.participantId, name: 'Anna Gästsson' };
    await onBoard(workshop.id, g1.id, (doc) => {
      addCard(doc, card('c-rantor', 'ekonomiska:utmaningar', 'Stigande räntor', 1, annaAuthor));
      addCard(doc, card('c-lagar', 'politiska:mojligheter', 'Nya lagar om samverkan', 2, annaAuthor));
      addCard(doc, card('c-val', 'politiska:mojligheter', 'Valår', 3, null));
      addCluster(doc, { id: 'k-lag', title: 'Lagstiftning', categoryId: 'politiska:mojligheter', createdAt: at(4) });
      setCardCluster(doc, 'c-lagar', 'k-lag');
    });
    await onBoard(workshop.id, g2.id, (doc) => {
      addCard(doc, card('c-eu', 'politiska:mojligheter', 'EU-stöd; "gröna" medel\nför omställning', 0, null));
      addCard(doc, card('c-ai', 'teknologiska:mojligheter', 'AI i handläggningen', 5, { participantId: bertil.participant.participantId, name: 'Bertil Gästsson' }));
    });
    const control = await h.request(`/api/workshops/${workshop.id}/control`, { method: 'POST', cookie: facilitator, body: { phaseId: 'rostning' } });
    expect(control.status).toBe(200);
    const vote = async (cookie: string, cardId: string) => expect((await h.request(`/api/workshops/${workshop.id}/votes`, { method: 'POST', cookie, body: { cardId } })).status).toBe(201);
    await vote(anna.cookie, 'c-val');
    await vote(anna.cookie, 'c-val');
    await vote(bertil.cookie, 'c-val');
    await vote(bertil.cookie, 'c-eu');
    await vote(anna.cookie, 'c-ai');
    return { workshop, anna, bertil, g1, g2 };
  }

  it('compiles every board and all votes into a new omvärldsanalys, ranked, with group names and no authors', async () => {
    const { workshop } = await dayWithCards();
    const response = await h.request(`/api/workshops/${workshop.id}/compile`, { method: 'POST', cookie: facilitator });
    expect(response.status).toBe(201);
    const { document } = await json<Compiled>(response);
    expect(document).toMatchObject({ title: 'Sammanställning: Omvärldsdag 2027', type: 'omvarldsanalys' });

    const opened = await h.request(`/api/documents/${document.id}`, { cookie: facilitator });
    expect(opened.status).toBe(200);
    expect((await json<{ document: { type: string; status: string } }>(opened)).document).toMatchObject({ type: 'omvarldsanalys', status: 'utkast' });

    const rendered = renderState(Y.encodeStateAsUpdate(await loadDocState(h.db, documentRoom(document.id))));
    expect(rendered.plainText.split('\n')).toEqual([
      'Sammanställning: Omvärldsdag 2027',
      `Workshop: Omvärldsdag 2027. Datum: ${workshop.date}. Grupper: Grupp 1, Grupp 2. Antal deltagare: 2.`,
      'Politiska',
      'Möjligheter',
      'Lagstiftning',
      '– Nya lagar om samverkan — Grupp 1, 0 röster',
      'Övriga kort',
      '– Valår — Grupp 1, 3 röster',
      '– EU-stöd; "gröna" medel för omställning — Grupp 2, 1 röst',
      'Ekonomiska',
      'Utmaningar',
      '– Stigande räntor — Grupp 1, 0 röster',
      'Teknologiska',
      'Möjligheter',
      '– AI i handläggningen — Grupp 2, 1 röst',
    ]);
    expect(rendered.plainText).not.toMatch(/Anna|Bertil|Gästsson/);
    expect(JSON.stringify(rendered.contentJson)).not.toMatch(/Anna|Bertil|Gästsson/);

    // It can be fastställd like any other document.
    const locked = await h.request(`/api/documents/${document.id}/versions`, {
      method: 'POST',
      cookie: facilitator,
      body: { decision: { body: 'Kommunstyrelsen', date: '2027-02-01', paragraph: '§ 12', diarienummer: 'KS 2027/12' } },
    });
    expect(locked.status).toBe(201);

    const [row] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'workshop.compiled'), eq(auditLog.targetId, workshop.id)));
    expect(row?.details).toMatchObject({ documentId: document.id, type: 'omvarldsanalys', groups: 2, cards: 5 });
  });

  it('compiles a budgetdag into a budgetunderlag, and says so when the boards are empty', async () => {
    const budget = await newWorkshop(h, facilitator, { type: 'budgetdag', title: 'Budgetdag', groupCount: undefined, groupNames: ['KS', 'BUN'] });
    const response = await h.request(`/api/workshops/${budget.id}/compile`, { method: 'POST', cookie: facilitator });
    expect(response.status).toBe(201);
    const { document } = await json<Compiled>(response);
    expect(document).toMatchObject({ title: 'Sammanställning: Budgetdag', type: 'budgetunderlag' });
    const rendered = renderState(Y.encodeStateAsUpdate(await loadDocState(h.db, documentRoom(document.id))));
    expect(rendered.plainText).toContain('Grupper: KS, BUN. Antal deltagare: 0.');
    expect(rendered.plainText).toContain('Inga kort skrevs under workshoppen.');
  });

  it('refuses participants and members who do not facilitate', async () => {
    const { workshop, anna } = await dayWithCards();
    const joined = await h.request('/api/workshops/join', { method: 'POST', cookie: politician, body: { code: workshop.joinCode } });
    expect(joined.status).toBe(200);
    for (const cookie of [anna.cookie, politician]) {
      expect((await h.request(`/api/workshops/${workshop.id}/compile`, { method: 'POST', cookie })).status).toBe(403);
      expect((await h.request(`/api/workshops/${workshop.id}/export.csv`, { cookie })).status).toBe(403);
    }
    expect((await h.request(`/api/workshops/${workshop.id}/compile`, { method: 'POST' })).status).toBe(401);
  });

  it('exports the boards as CSV for Swedish Excel: BOM, header, one quoted row per card, no author for anonymous cards', async () => {
    const { workshop } = await dayWithCards();
    const response = await h.request(`/api/workshops/${workshop.id}/export.csv`, { cookie: facilitator });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Omvarldsdag-2027-kort-${workshop.date}.csv"; filename*=UTF-8''Omv%C3%A4rldsdag%202027-kort-${workshop.date}.csv`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFGrupp;Kolumn;Kategori;Rubrik;Kort;Författare;Röster;Skapad\r\n')).toBe(true);
    const records = text.slice(1).split('\r\n');
    expect(records.slice(1)).toEqual([
      `Grupp 1;Politiska;Möjligheter;Lagstiftning;Nya lagar om samverkan;Anna Gästsson;0;${at(2)}`,
      `Grupp 1;Politiska;Möjligheter;;Valår;;3;${at(3)}`,
      `Grupp 1;Ekonomiska;Utmaningar;;Stigande räntor;Anna Gästsson;0;${at(1)}`,
      `Grupp 2;Politiska;Möjligheter;;"EU-stöd; ""gröna"" medel\nför omställning";;1;${at(0)}`,
      `Grupp 2;Teknologiska;Möjligheter;;AI i handläggningen;Bertil Gästsson;1;${at(5)}`,
      '',
    ]);
    const [row] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'workshop.exported'), eq(auditLog.targetId, workshop.id)));
    expect(row?.details).toMatchObject({ format: 'csv', cards: 5 });
  });
});
