import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE, type ServerNotice } from '../../shared/sync/protocol';
import type { Target } from './targets';

export interface Scenario {
  label: string;
  writers: number;
  readers: number;
  editsPerSecond: number;
  durationMs: number;
}

export interface Result {
  latencies: Float64Array;
  delivered: number;
  expected: number;
  /** Samsyn only: time from an edit's send to the server's "saved" notice covering it. */
  saveLags: number[];
}

// Markers are ASCII so readers find them in the raw frame without decoding Yjs (Yjs stores strings as UTF-8).
const MARKER = /~(\d+)\.(\d+)\|/g;

function open(target: Target): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(target.roomUrl, { headers: target.headers, perMessageDeflate: false });
    socket.binaryType = 'nodebuffer';
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Connects light readers and real Y.Doc writers, runs the edits, and measures delivery of each one. */
export async function runScenario(target: Target, scenario: Scenario): Promise<Result> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let delivered = 0;
  const sockets: WebSocket[] = [];

  for (let i = 0; i < scenario.readers; i += 25) {
    const batch = await Promise.all(Array.from({ length: Math.min(25, scenario.readers - i) }, () => open(target)));
    for (const socket of batch) {
      const seen = new Set<string>();
      socket.on('message', (data: Buffer) => {
        const now = performance.now();
        for (const match of data.toString('latin1').matchAll(MARKER)) {
          const key = `${match[1]}.${match[2]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const sent = sentAt.get(key);
          if (sent === undefined) continue;
          delivered += 1;
          latencies.push(now - sent);
        }
      });
      sockets.push(socket);
    }
  }

  const saveLags: number[] = [];
  const writers = await Promise.all(
    Array.from({ length: scenario.writers }, async (_, index) => {
      const socket = await open(target);
      sockets.push(socket);
      const doc = new Y.Doc();
      const pending: Array<{ clock: number; at: number }> = [];
      doc.on('update', (update: Uint8Array) => socket.send(updateFrame(update)));
      socket.on('message', (data: Buffer) => {
        if (data[0] !== MESSAGE.samsyn) return;
        const decoder = decoding.createDecoder(data);
        decoding.readVarUint(decoder);
        const notice = JSON.parse(decoding.readVarString(decoder)) as ServerNotice;
        if (notice.type !== 'saved') return;
        const savedClock = Y.decodeStateVector(Buffer.from(notice.stateVector, 'base64')).get(doc.clientID) ?? 0;
        const now = performance.now();
        while (pending.length > 0 && pending[0]!.clock <= savedClock) saveLags.push(now - pending.shift()!.at);
      });
      let seq = 0;
      return {
        edit() {
          const key = `${index}.${seq++}`;
          const text = doc.getText('body');
          const at = performance.now();
          sentAt.set(key, at);
          text.insert(text.length, `~${key}|`);
          pending.push({ clock: Y.getState(doc.store, doc.clientID), at });
        },
        count: () => seq,
      };
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));

  // Writers start spread over one interval, so 50 writers do not all fire in the same millisecond.
  const interval = 1000 / scenario.editsPerSecond;
  const timers = writers.map((writer, index) => {
    const timer = { handle: undefined as NodeJS.Timeout | undefined };
    setTimeout(() => {
      writer.edit();
      timer.handle = setInterval(() => writer.edit(), interval);
    }, (index * interval) / scenario.writers);
    return timer;
  });
  await new Promise((resolve) => setTimeout(resolve, scenario.durationMs));
  for (const timer of timers) clearInterval(timer.handle);

  const edits = writers.reduce((sum, writer) => sum + writer.count(), 0);
  const expected = edits * scenario.readers;
  const drainUntil = Date.now() + 10_000;
  while ((delivered < expected || (target.name === 'samsyn' && saveLags.length < edits)) && Date.now() < drainUntil) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const socket of sockets) socket.terminate();
  return { latencies: Float64Array.from(latencies).sort(), delivered, expected, saveLags: saveLags.sort((a, b) => a - b) };
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
