import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { documentRoom } from '../shared/sync/rooms';
import { readGoals } from '../shared/goals/model';
import { bodies, documents, organisations } from '../server/db/schema';
import { DEMO_DOCUMENTS } from '../server/demo/exempelkommun';
import { loadDocState } from '../server/sync/doc-store';
import { AppHarness } from './helpers/app-harness';
import { driverUnderTest } from './helpers/test-database';

type DocumentView = { id: string; type: string; title: string; status: string; bodyId: string | null; bodyName: string | null; permissions: string[]; archivedAt: string | null };
const json = async <T>(response: Response) => (await response.json()) as T;

describe(`documents API on ${driverUnderTest}`, () => {
  let h: AppHarness;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(async () => {
    await h.reset();
    for (const who of ['admin', 'politiker', 'tjansteperson', 'opposition', 'revisor']) cookies[who] = await h.login(`${who}@exempelkommun.se`);
  });
  afterAll(() => h.dispose());

  const list = async (who: string, query = '') => (await json<{ documents: DocumentView[] }>(await h.request(`/api/documents${query}`, { cookie: cookies[who] }))).documents;
  const bodyId = async (name: string) => (await h.db.select().from(bodies).where(eq(bodies.name, name)))[0]!.id;

  it('lists the demo documents, one of each type, with what each role may do', async () => {
    const forPolitician = await list('politiker');
    expect(forPolitician.map((d) => d.type).sort()).toEqual(DEMO_DOCUMENTS.map((d) => d.type).sort());
    expect(forPolitician.every((d) => d.status === 'utkast' && d.bodyName)).toBe(true);
    expect(forPolitician[0]!.permissions).toEqual(['document.read', 'document.edit', 'document.comment', 'document.export']);
    expect((await list('opposition'))[0]!.permissions).toEqual(['document.read', 'document.comment', 'document.export']);
    expect((await list('revisor'))[0]!.permissions).toEqual(['document.read', 'document.export']);
    expect((await list('admin'))[0]!.permissions).toContain('document.lock');
    expect((await h.request('/api/documents')).status).toBe(401);
  });

  it('filters by type and by body', async () => {
    expect((await list('revisor', '?type=mal')).map((d) => d.type)).toEqual(['mal']);
    const sn = await bodyId('Socialnämnden');
    expect((await list('revisor', `?bodyId=${sn}`)).map((d) => d.bodyName)).toEqual(['Socialnämnden', 'Socialnämnden']);
    expect((await h.request('/api/documents?type=roman', { cookie: cookies.revisor })).status).toBe(400);
  });

  it('creates a måldokument from its template, with the body and the first goal in its Yjs state', async () => {
    const bun = await bodyId('Barn- och bildningsnämnden');
    const response = await h.request('/api/documents', { method: 'POST', cookie: cookies.tjansteperson, body: { type: 'mal', title: 'Mål 2028', bodyId: bun } });
    expect(response.status).toBe(201);
    const { document } = await json<{ document: DocumentView }>(response);
    expect(document).toMatchObject({ type: 'mal', title: 'Mål 2028', bodyId: bun, status: 'utkast' });
    const doc = await loadDocState(h.db, documentRoom(document.id));
    expect(doc.getXmlFragment('body').length).toBeGreaterThan(0);
    expect(readGoals(doc)).toHaveLength(1);
  });

  it('refuses creation without the right (403), with a bad type (400) or another kommun\'s body (400)', async () => {
    expect((await h.request('/api/documents', { method: 'POST', cookie: cookies.revisor, body: { type: 'mal', title: 'X' } })).status).toBe(403);
    expect((await h.request('/api/documents', { method: 'POST', cookie: cookies.opposition, body: { type: 'mal', title: 'X' } })).status).toBe(403);
    expect((await h.request('/api/documents', { method: 'POST', cookie: cookies.politiker, body: { type: 'roman', title: 'X' } })).status).toBe(400);
    const [other] = await h.db.insert(organisations).values({ name: 'Grannkommun', slug: 'grannkommun' }).returning();
    const [foreign] = await h.db.insert(bodies).values({ organisationId: other!.id, type: 'namnd', name: 'Främmande nämnd' }).returning();
    expect((await h.request('/api/documents', { method: 'POST', cookie: cookies.politiker, body: { type: 'mal', title: 'X', bodyId: foreign!.id } })).status).toBe(400);
  });

  it('renames and archives with edit rights; archived documents leave the list but stay readable', async () => {
    const [target] = await list('politiker', '?type=resultatdialog');
    expect((await h.request(`/api/documents/${target!.id}`, { method: 'PATCH', cookie: cookies.revisor, body: { title: 'Nej' } })).status).toBe(403);
    const renamed = await h.request(`/api/documents/${target!.id}`, { method: 'PATCH', cookie: cookies.politiker, body: { title: 'Resultatdialog hösten 2027' } });
    expect(await json(renamed)).toMatchObject({ document: { title: 'Resultatdialog hösten 2027' } });

    await h.request(`/api/documents/${target!.id}`, { method: 'PATCH', cookie: cookies.politiker, body: { archived: true } });
    expect((await list('politiker')).map((d) => d.id)).not.toContain(target!.id);
    const archived = (await list('politiker', '?includeArchived=true')).find((d) => d.id === target!.id)!;
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.permissions).toEqual(['document.read', 'document.comment', 'document.export']);
    expect((await h.request(`/api/documents/${target!.id}`, { cookie: cookies.revisor })).status).toBe(200);

    await h.request(`/api/documents/${target!.id}`, { method: 'PATCH', cookie: cookies.politiker, body: { archived: false } });
    expect((await list('politiker')).map((d) => d.id)).toContain(target!.id);
  });

  it('answers 404 for a document of another organisation', async () => {
    const [other] = await h.db.insert(organisations).values({ name: 'Grannkommun', slug: 'grannkommun' }).returning();
    const [foreign] = await h.db.insert(documents).values({ organisationId: other!.id, type: 'mal', title: 'Hemligt' }).returning();
    expect((await h.request(`/api/documents/${foreign!.id}`, { cookie: cookies.admin })).status).toBe(404);
    expect((await h.request(`/api/documents/${foreign!.id}`, { method: 'PATCH', cookie: cookies.admin, body: { title: 'x' } })).status).toBe(404);
    expect((await list('admin')).map((d) => d.id)).not.toContain(foreign!.id);
  });

  it('limits editing to body members when the organisation says so', async () => {
    await h.request('/api/admin/organisation', { method: 'PATCH', cookie: cookies.admin, body: { settings: { restrictEditingToBodyMembers: true } } });
    const docs = await list('politiker');
    const bunGoals = docs.find((d) => d.type === 'mal')!;
    const snNotes = docs.find((d) => d.type === 'lagesbeskrivning')!;
    expect(bunGoals.permissions).toContain('document.edit');
    expect(snNotes.permissions).not.toContain('document.edit');
  });
});
