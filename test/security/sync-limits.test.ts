import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import { users } from '../../server/db/schema';
import { CLOSE, MESSAGE } from '../../shared/sync/protocol';
import { boardRoom, controlRoom, documentRoom, notesRoom } from '../../shared/sync/rooms';
import { userColor } from '../../shared/sync/user-color';
import type { WorkshopView } from '../../shared/api/workshops';
import { loadDoc } from '../../server/sync/doc-store';
import { DEFAULT_SYNC_LIMITS } from '../../server/sync/limits';
import { SyncHarness, synced, until, type TestClient } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';
import { guestCookieFrom } from '../helpers/workshops';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

/** A raw socket as a browser of this origin opens it, recording every frame and the close code. */
interface RawSocket {
  socket: WebSocket;
  frames: Buffer[];
  closed: number | null;
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** An awareness message for one client id, as y-protocols encodes it. */
const awarenessFrame = (clientId: number, clock: number, state: unknown) =>
  frame(MESSAGE.awareness, (encoder) => {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  });

const awarenessBytes = (frames: Buffer[]) => frames.filter((data) => data[0] === MESSAGE.awareness).reduce((sum, data) => sum + data.byteLength, 0);

/** What one client's awareness says, as another client holds it. */
const stateOf = (observer: TestClient, of: TestClient) => observer.provider.awareness.getStates().get(of.doc.clientID) as Record<string, unknown> | undefined;

const updateFrame = (update: Uint8Array) => frame(MESSAGE.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));

/** Sync step 1 with an empty state vector: "send me everything you have". */
const askEverything = () => frame(MESSAGE.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, new Y.Doc()));

/** The document state in the server's sync step 2 answers among these frames. */
function step2Updates(frames: Buffer[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const data of frames) {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MESSAGE.sync) continue;
    if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) continue;
    updates.push(decoding.readVarUint8Array(decoder));
  }
  return updates;
}

describe(`sync limits against a hostile client on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  let official: string;
  let politician: string;
  const raws: RawSocket[] = [];

  beforeAll(async () => {
    h = await SyncHarness.start();
    official = await h.login('tjansteperson@exempelkommun.se');
    politician = await h.login('politiker@exempelkommun.se');
  });
  afterAll(async () => {
    for (const raw of raws) raw.socket.terminate();
    await h.stop();
  });

  async function raw(room: string, cookie: string): Promise<RawSocket> {
    const socket = new WebSocket(`${h.wsUrl}/${room}`, { headers: { cookie, origin: h.server.url }, perMessageDeflate: false });
    const opened: RawSocket = { socket, frames: [], closed: null };
    socket.on('message', (data: Buffer) => opened.frames.push(data));
    socket.on('close', (code) => (opened.closed = code));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    raws.push(opened);
    return opened;
  }

  async function expectJoinerGetsNothing(room: string): Promise<void> {
    const joiner = await raw(room, politician);
    joiner.socket.send(askEverything());
    await until(() => step2Updates(joiner.frames).length > 0, 'the joiner to get the document');
    const state = step2Updates(joiner.frames)[0]!;
    expect(state.byteLength).toBeLessThan(1024);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, state);
    expect(seen.store.pendingStructs).toBeNull();
    expect(seen.getText('body').toString()).toBe('');
    joiner.socket.close();
  }

  /** Updates by one Yjs client that all build on its first struct, which is never sent. */
  function dependencyLess(chunks: number, bytes: number): Uint8Array[] {
    const source = new Y.Doc();
    const text = source.getText('body');
    text.insert(0, 'a');
    const updates: Uint8Array[] = [];
    for (let i = 0; i < chunks; i += 1) {
      const before = Y.encodeStateVector(source);
      text.insert(text.length, String(i % 10).repeat(bytes));
      updates.push(Y.encodeStateAsUpdate(source, before));
    }
    return updates;
  }

  it('refuses updates whose dependencies never arrive past the bound, closes the sender with 4409 and gives joiners none of it', async () => {
    const id = await h.createDocument();
    const room = documentRoom(id);
    const attacker = await raw(room, official);
    const chunks = dependencyLess(6, 100 * 1024);
    // Under the bound (200 KiB of 256): held for the sender, but still not the room's to hand out.
    for (const update of chunks.slice(0, 2)) attacker.socket.send(updateFrame(update));
    attacker.socket.send(askEverything());
    await until(() => step2Updates(attacker.frames).length > 0, 'the server to have read the first updates');
    await expectJoinerGetsNothing(room);

    for (const update of chunks.slice(2)) attacker.socket.send(updateFrame(update));
    await until(() => attacker.closed !== null, 'the sender to be closed');
    expect(attacker.closed).toBe(CLOSE.refused);
    await expectJoinerGetsNothing(room);

    await h.server.sync.flushAll();
    const stored = await loadDoc(h.db, room);
    const storedBytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
    expect(storedBytes).toBeLessThan(1024);
  });

  it('still applies an update that arrives before the one it builds on, once that one comes', async () => {
    const id = await h.createDocument();
    const room = documentRoom(id);
    const source = new Y.Doc();
    source.getText('body').insert(0, 'först ');
    const first = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    source.getText('body').insert(6, 'sedan');
    const second = Y.encodeStateAsUpdate(source, before);

    const writer = await raw(room, official);
    const reader = h.client(room, politician);
    await synced(reader);
    writer.socket.send(updateFrame(second));
    writer.socket.send(updateFrame(first));
    await until(() => reader.doc.getText('body').toString() === 'först sedan', 'both updates at the reader');
    expect(writer.closed).toBeNull();
  });

  it('limits awareness from a read-only viewer by size and rate, and closes a viewer that keeps flooding (4429)', async () => {
    const id = await h.createDocument();
    const room = documentRoom(id);
    const observers = await Promise.all([0, 1, 2].map(() => raw(room, politician)));
    const viewer = await raw(room, await h.login('revisor@exempelkommun.se'));
    // One state over the size limit is never forwarded, whatever the rate.
    viewer.socket.send(awarenessFrame(4242, 1, { user: { id: 'x', name: 'y' }, padding: 'STOR'.repeat(2500) }));
    const padding = 'p'.repeat(3000);
    const started = Date.now();
    let sent = 0;
    for (let clock = 2; clock < 2002 && viewer.socket.readyState === WebSocket.OPEN; clock += 1) {
      const message = awarenessFrame(4242, clock, { cursor: null, padding });
      viewer.socket.send(message);
      sent += message.byteLength;
    }
    await until(() => viewer.closed !== null, 'the flooding viewer to be closed');
    expect(viewer.closed).toBe(CLOSE.tooManyMessages);
    const seconds = (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { burst, perSecond } = DEFAULT_SYNC_LIMITS.awarenessBytes;
    for (const observer of observers) {
      expect(Buffer.concat(observer.frames).includes('STORSTOR')).toBe(false);
      // ~6 MB sent; each peer gets no more than the burst and the rate on top (and a frame's slack).
      expect(awarenessBytes(observer.frames)).toBeLessThan(burst + perSecond * seconds + 8 * 1024);
    }
    expect(sent).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('shows everyone under the name and id of their session, whatever their client claims', async () => {
    const id = await h.createDocument();
    const room = documentRoom(id);
    const officialId = await h.userId('tjansteperson@exempelkommun.se');
    const [official_] = await h.db.select().from(users).where(eq(users.id, officialId));
    const claimant = h.client(room, official);
    const observer = h.client(room, politician);
    await Promise.all([synced(claimant), synced(observer)]);

    claimant.provider.awareness.setLocalStateField('user', { id: await h.userId('admin@exempelkommun.se'), name: 'Anna Admin', color: '#000000' });
    await until(() => (stateOf(observer, claimant)?.user as { name?: unknown } | undefined)?.name !== undefined, 'the claimant\'s state');
    expect(stateOf(observer, claimant)!.user).toEqual({ id: officialId, name: official_!.name, color: userColor(officialId) });

    claimant.provider.awareness.setLocalStateField('user', { id: officialId, name: 5, color: '#1f5fa8' });
    claimant.provider.awareness.setLocalStateField('cursor', 'moved');
    await until(() => stateOf(observer, claimant)?.cursor === 'moved', 'the next state');
    expect(stateOf(observer, claimant)!.user).toEqual({ id: officialId, name: official_!.name, color: userColor(officialId) });

    // Nor may a connection speak for another's awareness client id.
    const impostor = await raw(room, politician);
    impostor.socket.send(awarenessFrame(claimant.doc.clientID, 10_000, { user: { id: 'x', name: 'Någon annan' } }));
    impostor.socket.send(askEverything());
    await until(() => step2Updates(impostor.frames).length > 0, 'the impostor\'s frames to be read');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((stateOf(observer, claimant)!.user as { name: string }).name).toBe(official_!.name);
  });

  it('adds no names to a board, and shows a guest by their participant name elsewhere in the workshop', async () => {
    const facilitator = await h.login('processledare@exempelkommun.se');
    const today = stockholmDate(new Date());
    const workshop = (await h.api<{ workshop: WorkshopView }>('POST', '/workshops', facilitator, { type: 'omvarldsdag', title: 'Omvärldsdag', date: today, groupCount: 1 })).body.workshop;
    const joined = await h.api<{ participant: { participantId: string; groupId: string } }>('POST', '/workshops/join', undefined, { code: workshop.joinCode, name: 'Gäst Gästsson' });
    const guest = guestCookieFrom(joined.response)!;
    const { participantId, groupId } = joined.body.participant;

    for (const room of [boardRoom(workshop.id, groupId), notesRoom(workshop.id, groupId), controlRoom(workshop.id)]) {
      const claimant = h.client(room, guest);
      const observer = h.client(room, facilitator);
      await Promise.all([synced(claimant), synced(observer)]);
      claimant.provider.awareness.setLocalState({ user: { id: 'someone', name: 'Påhittat Namn', color: '#1f5fa8' }, name: 'Påhittat Namn', marker: room });
      await until(() => stateOf(observer, claimant)?.marker === room, `the guest's state in ${room}`);
      const state = stateOf(observer, claimant)!;
      if (room.includes(':board:')) {
        expect(state).toEqual({ marker: room });
      } else {
        expect(state.user).toEqual({ id: participantId, name: 'Gäst Gästsson', color: userColor(participantId) });
        expect(state.name).toBe('Gäst Gästsson');
      }
      claimant.destroy();
      observer.destroy();
    }
  });

  it('slows a client that floods frames and closes it when it keeps on (4429), leaving the room to the others', async () => {
    const id = await h.createDocument();
    const room = documentRoom(id);
    const flooder = await raw(room, official);
    const reader = h.client(room, politician);
    const writer = h.client(room, await h.login('admin@exempelkommun.se'));
    await Promise.all([synced(reader), synced(writer)]);
    // The auth message type is read and ignored: all cost, no effect.
    const nothing = frame(MESSAGE.auth, (encoder) => encoding.writeVarUint(encoder, 0));
    for (let i = 0; i < 20_000 && flooder.socket.readyState === WebSocket.OPEN; i += 1) flooder.socket.send(nothing);
    await until(() => flooder.closed !== null, 'the flooder to be closed');
    expect(flooder.closed).toBe(CLOSE.tooManyMessages);
    writer.doc.getText('body').insert(0, 'fortfarande här');
    await until(() => reader.doc.getText('body').toString() === 'fortfarande här', 'the others to go on');
  });
});
