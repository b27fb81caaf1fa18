// The board guard's cost per update (issue 12, item 1), on boards of 50 and 3 000 cards: a participant
// typing into their own card, and writing a new card. The guard as it is (reads the update's structs)
// next to the guard it replaced (applied a copy of the whole board to a trial doc and compared the
// cards). Runs in-process, without a server: it times the guard alone. `npx tsx bench/workshops/board-guard.ts`.
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { addCard, cardsMap, readCards, type CardAuthor } from '../../shared/workshops/board';
import { categoryIds, boardLayout } from '../../shared/workshops/board-layouts';
import { cardChangeRefusal, type BoardActor } from '../../shared/workshops/card-rights';
import { boardGuard } from '../../server/workshops/board-guard';
import type { UpdateGuard } from '../../server/sync/update-guard';

const SIZES = [50, 3000];
const KEYSTROKES = 400;
const NEW_CARDS = 200;
const AUTHORS = 40;
/** Updates guarded before timing starts (the first calls compile the code). */
const WARM_UP = 20;

/** The guard before issue 12: the whole board copied into a trial doc on every update. */
const copyingGuard =
  (actor: BoardActor): UpdateGuard =>
  (doc, update) => {
    const trial = new Y.Doc();
    try {
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
      const before = readCards(trial);
      Y.applyUpdate(trial, update);
      return cardChangeRefusal(before, readCards(trial), actor);
    } finally {
      trial.destroy();
    }
  };

export interface GuardFigures {
  cards: number;
  guard: 'structs' | 'copy';
  /** µs per update, sorted. */
  keystroke: Float64Array;
  newCard: Float64Array;
}

const author = (i: number): CardAuthor => ({ participantId: `p-${i % AUTHORS}`, name: `Deltagare ${i % AUTHORS}` });

function board(cards: number): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  for (let i = 0; i < cards; i++) addCard(doc, { id: `kort-${i}`, text: `Kort nummer ${i} om framtidens välfärd`, categoryId: 'sociala:utmaningar', author: author(i), createdAt: new Date().toISOString() });
  return doc;
}

/** Times `guard` on each update `write` makes on a client synced with `room`; each accepted update is then applied. */
function time(room: Y.Doc, guard: UpdateGuard, count: number, write: (client: Y.Doc, i: number) => void): Float64Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  const samples = new Float64Array(count);
  for (let i = -WARM_UP; i < count; i++) {
    write(client, i + WARM_UP);
    const update = updates.pop()!;
    const started = performance.now();
    const refusal = guard(room, update);
    if (i >= 0) samples[i] = (performance.now() - started) * 1000;
    if (refusal) throw new Error(`the bench's update was refused: ${refusal}`);
    Y.applyUpdate(room, update);
  }
  client.destroy();
  return samples.sort();
}

export function boardGuardCost(): GuardFigures[] {
  const me = author(0);
  const actor: BoardActor = { author: me, manages: false, anonymous: false };
  // Limits out of the way: the bench measures the guard's reading, not its refusals.
  const rules = { limits: { maxCardsPerBoard: 100_000, maxCardsPerParticipant: 100_000, maxCardTextLength: 100_000 }, categories: categoryIds(boardLayout('pestel')) };
  const figures: GuardFigures[] = [];
  for (const cards of SIZES) {
    for (const [name, guard] of [
      ['structs', boardGuard(actor, rules)],
      ['copy', copyingGuard(actor)],
    ] as const) {
      const room = board(cards);
      const keystroke = time(room, guard, KEYSTROKES, (client) => {
        const text = cardsMap(client).get('kort-0')!.get('text') as Y.Text;
        text.insert(text.length, 'x');
      });
      const newCard = time(room, guard, NEW_CARDS, (client, i) =>
        addCard(client, { id: `nytt-${i}`, text: 'Ett nytt kort', categoryId: 'sociala:mojligheter', author: me, createdAt: new Date().toISOString() }),
      );
      room.destroy();
      figures.push({ cards, guard: name, keystroke, newCard });
    }
  }
  return figures;
}

const at = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export function formatGuardCost(figures: GuardFigures[]): string {
  return figures
    .map(
      (f) =>
        `board guard (${f.guard === 'structs' ? "reads the update's structs" : 'copies the board (before issue 12)'}), ${f.cards} cards: ` +
        `keystroke p50 ${at(f.keystroke, 0.5).toFixed(0)} µs, p99 ${at(f.keystroke, 0.99).toFixed(0)} µs; ` +
        `new card p50 ${at(f.newCard, 0.5).toFixed(0)} µs, p99 ${at(f.newCard, 0.99).toFixed(0)} µs\n`,
    )
    .join('');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(formatGuardCost(boardGuardCost()));
