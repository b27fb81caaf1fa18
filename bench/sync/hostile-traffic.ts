// `node --expose-gc --import tsx bench/sync/hostile-traffic.ts`: what two hostile clients cost the
// server (issue 12, item 7), as figures, not a pass/fail test (test/security/sync-limits.test.ts is that).
// (1) 60 updates of 1 MB whose dependencies never arrive, from an editor who reconnects whenever closed:
//     the server's memory afterwards and the bytes each new joiner is sent.
// (2) A read-only viewer floods awareness (7 000 states of 3 KB, ~21 MB): the bytes sent on to 10 peers.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE } from '../../shared/sync/protocol';
import { documentRoom } from '../../shared/sync/rooms';
import { SyncHarness } from '../../test/helpers/sync-harness';

const MiB = 1024 * 1024;

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

interface Raw {
  socket: WebSocket;
  frames: Buffer[];
  closed: Promise<number>;
}

async function open(h: SyncHarness, room: string, cookie: string): Promise<Raw> {
  const socket = new WebSocket(`${h.wsUrl}/${room}`, { headers: { cookie, origin: h.server.url }, perMessageDeflate: false });
  const frames: Buffer[] = [];
  socket.on('message', (data: Buffer) => frames.push(data));
  const closed = new Promise<number>((resolve) => socket.on('close', resolve));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { socket, frames, closed };
}

/** Round-trips a sync step 1 so everything sent before it has been read; returns the step 2's size. */
async function askEverything(raw: Raw): Promise<number> {
  const before = raw.frames.length;
  raw.socket.send(frame(MESSAGE.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, new Y.Doc())));
  for (;;) {
    for (const data of raw.frames.slice(before)) {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== MESSAGE.sync || decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) continue;
      raw.frames.length = before; // what the client received is not the server's memory
      return data.byteLength;
    }
    if (raw.socket.readyState !== WebSocket.OPEN) return NaN;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The process's heap and buffers after collecting garbage (several rounds: PGlite's start-up leaves much). */
async function memoryMiB(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let round = 0; round < 5; round += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / MiB;
}

async function pendingStructs(h: SyncHarness): Promise<void> {
  const editor = await h.login('tjansteperson@exempelkommun.se');
  const viewer = await h.login('revisor@exempelkommun.se');
  const room = documentRoom(await h.createDocument());
  const keeper = await open(h, room, viewer); // keeps the room loaded between the attacker's connections
  const before = await memoryMiB();
  let attacker = await open(h, room, editor);
  let closes = 0;
  for (let i = 0; i < 60; i += 1) {
    // A fresh Yjs client each time, whose first struct is never sent: the rest waits for it.
    const source = new Y.Doc();
    source.getText('body').insert(0, 'a');
    const vector = Y.encodeStateVector(source);
    source.getText('body').insert(1, String(i % 10).repeat(MiB));
    const update = Y.encodeStateAsUpdate(source, vector);
    source.destroy();
    if (attacker.socket.readyState !== WebSocket.OPEN) {
      closes += 1;
      attacker = await open(h, room, editor);
    }
    attacker.socket.send(frame(MESSAGE.sync, (encoder) => syncProtocol.writeUpdate(encoder, update)));
    await askEverything(attacker);
  }
  const after = await memoryMiB();
  const joiner = await open(h, room, viewer);
  const perJoiner = await askEverything(joiner);
  console.log(`pending structs: 60 × 1 MB sent, attacker closed ${closes} times; server memory +${(after - before).toFixed(1)} MiB; each joiner is sent ${perJoiner < MiB ? `${perJoiner} bytes` : `${(perJoiner / MiB).toFixed(2)} MiB`}`);
  for (const raw of [keeper, attacker, joiner]) raw.socket.terminate();
}

async function awarenessFlood(h: SyncHarness): Promise<void> {
  const room = documentRoom(await h.createDocument());
  const peers = await Promise.all(Array.from({ length: 10 }, async (_, i) => open(h, room, await h.login(i % 2 ? 'politiker@exempelkommun.se' : 'tjansteperson@exempelkommun.se'))));
  const viewer = await open(h, room, await h.login('revisor@exempelkommun.se'));
  const padding = 'p'.repeat(3000);
  let sent = 0;
  for (let clock = 1; clock <= 7000 && viewer.socket.readyState === WebSocket.OPEN; clock += 1) {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, 4242);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify({ cursor: null, padding }));
    const message = frame(MESSAGE.awareness, (encoder) => encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner)));
    viewer.socket.send(message);
    sent += message.byteLength;
  }
  const code = await Promise.race([viewer.closed, askEverything(viewer).then((size) => (Number.isNaN(size) ? viewer.closed : 0))]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const out = peers.reduce((sum, peer) => sum + peer.frames.filter((data) => data[0] === MESSAGE.awareness).reduce((s, data) => s + data.byteLength, 0), 0);
  console.log(`awareness flood: ${(sent / MiB).toFixed(1)} MiB in from a viewer; ${(out / MiB).toFixed(2)} MiB out to 10 peers; viewer ${code ? `closed with ${code}` : 'still connected'}`);
  for (const raw of [...peers, viewer]) raw.socket.terminate();
}

const h = await SyncHarness.start({ maxConnectionsPerUser: 50 });
try {
  await pendingStructs(h);
  await awarenessFlood(h);
} finally {
  await h.stop();
}
