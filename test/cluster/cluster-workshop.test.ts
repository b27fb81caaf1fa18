import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopView } from '../../shared/api/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';
import type { ServerNotice } from '../../shared/sync/protocol';
import { boardRoom, controlRoom } from '../../shared/sync/rooms';
import { readControl } from '../../shared/workshops/control';
import { workshops } from '../../server/db/schema';
import { ClusterHarness } from '../helpers/cluster-harness';
import { clusterTestsSkipReason } from '../helpers/redis-server';
import { synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';

const skip = clusterTestsSkipReason(driverUnderTest);
type ModeNotice = Extract<ServerNotice, { type: 'mode' }>;
const lastMode = (client: TestClient) => [...client.notices].reverse().find((notice): notice is ModeNotice => notice.type === 'mode');

// An omvärldsdag whose facilitator is on one process and whose guests are on the other.
describe.skipIf(skip !== null)(`a workshop across two processes on ${driverUnderTest} and Redis`, () => {
  let cluster: ClusterHarness;
  let facilitator: string;
  let workshop: WorkshopView;
  let guest: string;
  let groupId: string;
  beforeAll(async () => {
    cluster = await ClusterHarness.start({ processes: 2 });
    facilitator = await cluster.login(cluster.url(0), 'processledare@exempelkommun.se');
    const created = await cluster.api<{ workshop: WorkshopView }>(cluster.url(0), 'POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag 2027', date: stockholmDate(new Date()), groupCount: 2 });
    workshop = created.body.workshop;
    const joined = await cluster.api<{ participant: { groupId: string } }>(cluster.url(1), 'POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst' });
    guest = guestCookieFrom(joined.response)!;
    groupId = joined.body.participant.groupId;
  }, 60_000);
  afterAll(() => cluster?.stop());

  const control = (i: number, body: Record<string, unknown>) => cluster.api(cluster.url(i), 'POST', `/workshops/${workshop.id}/control`, facilitator, body);

  it('a phase set through A reaches the control room and the guests\' boards on B at once', { timeout: 30_000 }, async () => {
    const board = cluster.client(cluster.url(1), boardRoom(workshop.id, groupId), guest);
    const controlOnB = cluster.client(cluster.url(1), controlRoom(workshop.id), guest);
    await Promise.all([synced(board), synced(controlOnB)]);
    expect((await control(0, { phaseId: 'grupparbete' })).status).toBe(200);
    await until(() => readControl(controlOnB.doc).phaseId === 'grupparbete' && lastMode(board)?.mode === 'write', 'group work on B');
    expect((await control(0, { phaseId: 'rostning' })).status).toBe(200);
    await until(() => readControl(controlOnB.doc).phaseId === 'rostning', 'the voting phase in the control room on B');
    await until(() => lastMode(board)?.mode === 'read', 'the guest\'s board on B read-only while voting');
  });

  it('control changes made through A and B at once end in both processes as the database has them', { timeout: 60_000 }, async () => {
    const onA = cluster.client(cluster.url(0), controlRoom(workshop.id), facilitator);
    const onB = cluster.client(cluster.url(1), controlRoom(workshop.id), guest);
    await Promise.all([synced(onA), synced(onB)]);
    const phases = ['grupparbete', 'gruppering', 'rostning', 'sammanstallning'];
    const db = (await cluster.db()).db;
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => control(i % 2, { phaseId: phases[(round + i) % phases.length] })));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      const [row] = await db.select({ phaseId: workshops.currentPhaseId }).from(workshops).where(eq(workshops.id, workshop.id));
      // Each publication wrote what the database held at its turn, so the last one leaves the rooms as the database is.
      await until(() => readControl(onA.doc).phaseId === row!.phaseId && readControl(onB.doc).phaseId === row!.phaseId, `the phase ${row!.phaseId} on both processes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect([readControl(onA.doc).phaseId, readControl(onB.doc).phaseId]).toEqual([row!.phaseId, row!.phaseId]);
    }
  });
});
