// An omvärldsdag under load (issue 8): 120 guests in 8 groups write cards on their group boards while a
// presenter watches every board, then everybody votes at once. Prints figures; never a pass/fail test.
//
// The participants are light clients, as in bench/sync/load.ts: a `ws` socket each, speaking the real
// y-protocols sync with a Y.Doc of its own (handshake, incoming updates applied, cards written with
// addCard), without y-websocket's WebsocketProvider (no awareness, no reconnect timers), so 128 clients in
// one process leave the CPU to the server. The presenter is the facilitator's member session: one such
// client per board, which never writes.
import { readdirSync, readFileSync } from 'node:fs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DEMO_PASSWORD } from '../../server/demo/exempelkommun';
import { MESSAGE, NOTICES_PARAM } from '../../shared/sync/protocol';
import { boardRoom } from '../../shared/sync/rooms';
import { addCard, cardsMap, readCards } from '../../shared/workshops/board';
import { startDemoServer, type DemoServer } from '../../test/helpers/demo-server';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

const GROUPS = 8;
const PARTICIPANTS = 120;
const CARD_INTERVAL_MS = 10_000;
const WRITING_MS = 60_000;
/** ± this much around each participant's 10 s beat, so cards never line up. */
const JITTER_MS = 1_500;
const VOTES_EACH = 6;
const FACILITATOR = 'processledare@exempelkommun.se';
/** The send time, in this process's performance.now(), written into the card text: `… @<ms>|`. */
const SENT_AT = /@(\d+(?:\.\d+)?)\|/;
const FROM_SERVER = 'server';

export interface OmvarldsdagFigures {
  participants: number;
  groups: number;
  /** Card written → card on the presenter's board, ms, sorted. */
  latencies: Float64Array;
  delivered: number;
  expected: number;
  votesAccepted: number;
  /** 409: over the participant's votes (or a card's limit). */
  votesRefused: number;
  /** Any other answer to a vote (should be 0). */
  votesOther: number;
  peakRssMiB: number;
}

interface Client {
  socket: WebSocket;
  doc: Y.Doc;
}

interface Participant extends Client {
  index: number;
  id: string;
  name: string;
  cookie: string;
  groupId: string;
  cards: number;
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

/** The built server is a child of this process (startDemoServer keeps its pid to itself): found in /proc. */
function serverPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/server/main.js')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

function peakRss(pid: number | null): number {
  if (pid === null) return NaN;
  const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

/** Today in Stockholm (the workshop's day; a guest's session ends with it). */
function api(server: DemoServer) {
  return async (method: string, path: string, { cookie, body }: { cookie?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        origin: server.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: the benchmark reads back the few fields of responses it just asked for
    return { status: response.status, json: (text ? JSON.parse(text) : null) as any, cookies: response.headers.getSetCookie() };
  };
}

function expectStatus(what: string, status: number, expected: number, json: unknown): void {
  if (status !== expected) throw new Error(`${what}: ${status} ${JSON.stringify(json)}`);
}

const cookieNamed = (cookies: string[], name: string) => {
  const found = cookies.find((cookie) => cookie.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(cookies)}`);
  return found.split(';')[0]!;
};

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A light y-protocols client on one room: answers the server's handshake, applies what arrives to its
 * own Y.Doc and sends its own changes. `closedEarly` collects sockets the server closed on us.
 */
function connect(server: DemoServer, room: string, cookie: string, closedEarly: string[]): Promise<Client> {
  return new Promise((resolve, reject) => {
    // Notices asked for, as the app's client does, so the server sends what it sends in a workshop.
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${room}?notices=${NOTICES_PARAM.notices}`, { headers: { cookie, origin: server.url }, perMessageDeflate: false });
    socket.binaryType = 'nodebuffer';
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER && socket.readyState === WebSocket.OPEN) socket.send(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update)));
    });
    socket.on('message', (data: Buffer) => {
      if (data[0] !== MESSAGE.sync) return;
      const decoder = decoding.createDecoder(data);
      decoding.readVarUint(decoder);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE.sync);
      syncProtocol.readSyncMessage(decoder, encoder, doc, FROM_SERVER);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
    });
    socket.once('open', () => {
      socket.send(syncFrame((encoder) => syncProtocol.writeSyncStep1(encoder, doc)));
      resolve({ socket, doc });
    });
    socket.once('error', reject);
    socket.on('close', (code: number, reason: Buffer) => {
      if (!stopping.has(socket)) closedEarly.push(`${room}: ${code} ${reason.toString()}`);
    });
  });
}

/** Sockets this benchmark closes itself (their close is expected). */
const stopping = new WeakSet<WebSocket>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function omvarldsdagLoad(): Promise<OmvarldsdagFigures> {
  const server = await startDemoServer();
  const pid = serverPid();
  const clients: Client[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    const call = api(server);
    const login = await call('POST', '/api/auth/login', { body: { email: FACILITATOR, password: DEMO_PASSWORD } });
    expectStatus('facilitator login', login.status, 200, login.json);
    const facilitator = login.cookies[0]!.split(';')[0]!;

    const created = await call('POST', '/api/workshops', {
      cookie: facilitator,
      body: { type: 'omvarldsdag', title: 'Omvärldsdag (benchmark)', date: stockholmDate(new Date()), groupCount: GROUPS },
    });
    expectStatus('create workshop', created.status, 201, created.json);
    const workshop = created.json.workshop as { id: string; joinCode: string; groups: Array<{ id: string }>; layout: { columns: Array<{ categories: Array<{ id: string }> }> } };
    const categories = workshop.layout.columns.flatMap((column) => column.categories.map((category) => category.id));

    // Guests join by code, each from a browser of its own (its own samsyn_guest cookie).
    const participants: Participant[] = await pool(
      Array.from({ length: PARTICIPANTS }, (_, index) => index),
      20,
      async (index) => {
        const name = `Deltagare ${index + 1}`;
        const joined = await call('POST', '/api/workshops/join', { body: { code: workshop.joinCode, name } });
        expectStatus(`join ${index}`, joined.status, 200, joined.json);
        return { index, id: joined.json.participant.participantId as string, name, cookie: cookieNamed(joined.cookies, 'samsyn_guest'), groupId: '', cards: 0 } as Participant;
      },
    );
    // The facilitator spreads them over the groups, 15 each.
    await pool(participants, 20, async (participant) => {
      participant.groupId = workshop.groups[participant.index % GROUPS]!.id;
      const moved = await call('PUT', `/api/workshops/${workshop.id}/participants/${participant.id}/group`, { cookie: facilitator, body: { groupId: participant.groupId } });
      expectStatus('move participant', moved.status, 200, moved.json);
    });
    const opened = await call('POST', `/api/workshops/${workshop.id}/control`, { cookie: facilitator, body: { phaseId: 'grupparbete' } });
    expectStatus('open grupparbete', opened.status, 200, opened.json);

    const closedEarly: string[] = [];
    // The presenter: the facilitator's session on all 8 boards, reading only.
    const latencies: number[] = [];
    const seen = new Set<string>();
    for (const group of workshop.groups) {
      const presenter = await connect(server, boardRoom(workshop.id, group.id), facilitator, closedEarly);
      clients.push(presenter);
      cardsMap(presenter.doc).observe((event) => {
        const now = performance.now();
        for (const [cardId, change] of event.changes.keys) {
          if (change.action !== 'add' || seen.has(cardId)) continue;
          seen.add(cardId);
          const text = String(cardsMap(presenter.doc).get(cardId)?.get('text') ?? '');
          const sent = SENT_AT.exec(text);
          if (sent) latencies.push(now - Number(sent[1]));
        }
      });
    }
    // Every participant on its group's board.
    for (let i = 0; i < participants.length; i += 20) {
      await Promise.all(
        participants.slice(i, i + 20).map(async (participant) => {
          const client = await connect(server, boardRoom(workshop.id, participant.groupId), participant.cookie, closedEarly);
          Object.assign(participant, client);
          clients.push(client);
        }),
      );
    }
    await sleep(1000);
    if (closedEarly.length > 0) throw new Error(`the server closed ${closedEarly.length} board connections: ${closedEarly.slice(0, 3).join('; ')}`);

    // A card each every 10 s for 60 s, each participant on a beat of its own with jitter around it.
    const writeCard = (participant: Participant) => {
      const seq = participant.cards++;
      const sentAt = performance.now();
      addCard(participant.doc, {
        id: `bench-${participant.index}-${seq}`,
        text: `Kort ${seq + 1} från ${participant.name} @${sentAt.toFixed(3)}|`,
        categoryId: categories[(participant.index + seq) % categories.length]!,
        author: { participantId: participant.id, name: participant.name },
        createdAt: new Date().toISOString(),
      });
    };
    const beats = WRITING_MS / CARD_INTERVAL_MS;
    for (const participant of participants) {
      const offset = Math.random() * CARD_INTERVAL_MS;
      for (let beat = 0; beat < beats; beat += 1) {
        const at = Math.max(0, Math.min(WRITING_MS - 1, offset + beat * CARD_INTERVAL_MS + (Math.random() * 2 - 1) * JITTER_MS));
        timers.push(setTimeout(() => writeCard(participant), at));
      }
    }
    await sleep(WRITING_MS);
    const expected = participants.reduce((sum, participant) => sum + participant.cards, 0);
    const drainUntil = Date.now() + 10_000;
    while (latencies.length < expected && Date.now() < drainUntil) await sleep(50);
    const delivered = latencies.length;
    if (closedEarly.length > 0) throw new Error(`the server closed ${closedEarly.length} board connections: ${closedEarly.slice(0, 3).join('; ')}`);

    // Voting: every participant casts 6 votes at once, on 6 different cards of its group (5 allowed).
    const voting = await call('POST', `/api/workshops/${workshop.id}/control`, { cookie: facilitator, body: { phaseId: 'rostning' } });
    expectStatus('open rostning', voting.status, 200, voting.json);
    const answers = await Promise.all(
      participants.flatMap((participant) => {
        const cards = readCards(participant.doc);
        const start = (participant.index * 7) % Math.max(1, cards.length);
        return Array.from({ length: VOTES_EACH }, (_, k) => cards[(start + k) % cards.length]!.id).map((cardId) =>
          call('POST', `/api/workshops/${workshop.id}/votes`, { cookie: participant.cookie, body: { cardId } }).then(
            (answer) => answer.status,
            () => 0,
          ),
        );
      }),
    );

    return {
      participants: participants.length,
      groups: workshop.groups.length,
      latencies: Float64Array.from(latencies).sort(),
      delivered,
      expected,
      votesAccepted: answers.filter((status) => status === 201).length,
      votesRefused: answers.filter((status) => status === 409).length,
      votesOther: answers.filter((status) => status !== 201 && status !== 409).length,
      peakRssMiB: peakRss(pid),
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const { socket, doc } of clients) {
      stopping.add(socket);
      socket.terminate();
      doc.destroy();
    }
    await server.stop();
  }
}
