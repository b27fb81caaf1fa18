import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { documentVersions, users } from '../../server/db/schema';
import { ClusterHarness } from '../helpers/cluster-harness';
import { clusterTestsSkipReason } from '../helpers/redis-server';
import { bodyText, saved, synced, typeParagraph, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const skip = clusterTestsSkipReason(driverUnderTest);
const decision = { body: 'Barn- och bildningsnämnden', date: '2027-10-14', paragraph: '§ 87', diarienummer: 'BUN/2027:112' };
const toldReadOnly = (client: TestClient, reason: 'locked' | 'role') => client.notices.some((n) => n.type === 'mode' && n.mode === 'read' && n.reason === reason);

// A decision taken through one process holds for the sockets of the other at once.
describe.skipIf(skip !== null)(`decisions across two processes on ${driverUnderTest} and Redis`, () => {
  let cluster: ClusterHarness;
  let writer: string;
  let facilitator: string;
  beforeAll(async () => {
    cluster = await ClusterHarness.start({ processes: 2 });
    writer = await cluster.login(cluster.url(0), 'politiker@exempelkommun.se');
    facilitator = await cluster.login(cluster.url(0), 'processledare@exempelkommun.se');
  }, 60_000);
  afterAll(() => cluster?.stop());

  const lockThrough = (i: number, documentId: string) => cluster.api(cluster.url(i), 'POST', `/documents/${documentId}/versions`, facilitator, { decision });

  it('a lock through A makes the sockets on B read-only, and nothing B is sent after it lands in the live document', { timeout: 60_000 }, async () => {
    const documentId = await cluster.createDocument('Mål för BUN 2028', 'mal');
    const onA = cluster.client(cluster.url(0), documentRoom(documentId), writer);
    const onB = cluster.client(cluster.url(1), documentRoom(documentId), writer);
    await Promise.all([synced(onA), synced(onB)]);
    typeParagraph(onA, 'Alla barn ska kunna läsa efter årskurs 3.');
    typeParagraph(onB, 'Andelen behöriga lärare ska öka.');
    await until(() => bodyText(onA.doc).split('\n').length === 2 && bodyText(onA.doc) === bodyText(onB.doc), 'convergence');
    // B keeps typing while the lock goes through A: each line is in the version or in no live document.
    let n = 0;
    const typing = setInterval(() => typeParagraph(onB, `Rad ${n++}`), 5);
    const response = await lockThrough(0, documentId);
    await until(() => toldReadOnly(onB, 'locked'), 'B to be told it is read-only');
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(typing);
    expect(response.status).toBe(201);
    typeParagraph(onB, 'För sent.');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const db = (await cluster.db()).db;
    const [version] = await db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId));
    expect(version!.plainText).toContain('Andelen behöriga lärare ska öka.');
    if (bodyText(onA.doc) !== version!.plainText) process.stdout.write(`A: ${JSON.stringify(bodyText(onA.doc))}\nV: ${JSON.stringify(version!.plainText)}\n`);
    expect(bodyText(onA.doc)).toBe(version!.plainText);
    // Both processes store what is pending when the last client leaves; the stored state is the version.
    onA.destroy();
    onB.destroy();
    await until(async () => bodyText((await cluster.stored(documentId)).doc) === version!.plainText, 'the stored document to be exactly the version', 10_000);
  });

  it('two locks at once through A and B give one version and one 409', { timeout: 30_000 }, async () => {
    const documentId = await cluster.createDocument('Mål för SN 2028', 'mal');
    const onA = cluster.client(cluster.url(0), documentRoom(documentId), writer);
    const onB = cluster.client(cluster.url(1), documentRoom(documentId), writer);
    await Promise.all([synced(onA), synced(onB)]);
    typeParagraph(onA, 'Äldre ska känna sig trygga.');
    await saved(onA);
    const answers = await Promise.all([lockThrough(0, documentId), lockThrough(1, documentId)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const db = (await cluster.db()).db;
    expect(await db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId))).toHaveLength(1);
  });

  it('a role change and a logout through A re-check the sockets on B', { timeout: 30_000 }, async () => {
    const admin = await cluster.login(cluster.url(0), 'admin@exempelkommun.se');
    const sara = await cluster.login(cluster.url(1), 'tjansteperson@exempelkommun.se');
    const documentId = await cluster.createDocument('Omvärldsanalys för BBF');
    const onB = cluster.client(cluster.url(1), documentRoom(documentId), sara);
    await synced(onB);
    await until(() => onB.notices.some((n) => n.type === 'mode' && n.mode === 'write'), 'B to write');
    const db = (await cluster.db()).db;
    const [user] = await db.select().from(users).where(eq(users.email, 'tjansteperson@exempelkommun.se'));
    expect((await cluster.api(cluster.url(0), 'PATCH', `/admin/users/${user!.id}`, admin, { role: 'viewer' })).status).toBe(200);
    await until(() => toldReadOnly(onB, 'role'), 'B to be read-only after the role change through A');

    const other = cluster.client(cluster.url(1), documentRoom(documentId), writer);
    await synced(other);
    expect((await cluster.api(cluster.url(0), 'POST', '/auth/logout', writer)).status).toBe(204);
    await until(() => other.closes.includes(CLOSE.unauthenticated), 'the socket on B to close with 4401 after logging out through A');
  });
});
