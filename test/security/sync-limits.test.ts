import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, MESSAGE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { loadDoc } from '../../server/sync/doc-store';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

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
});
