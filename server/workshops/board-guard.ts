import type * as Y from 'yjs';
import type { CardAuthor } from '../../shared/workshops/board';
import { REQUIRED_CARD_KEYS } from '../../shared/workshops/card-fields';
import { deletesCard, editsCard, newCardRefusal, type BoardActor } from '../../shared/workshops/card-rights';
import { cardQuotaRefusal, MAX_CLUSTER_TITLE_LENGTH, maxClustersPerBoard, type WorkshopLimits } from '../../shared/workshops/limits';
import { UnresolvedUpdate } from '../sync/update-structs';
import type { UpdateGuard } from '../sync/update-guard';
import { BoardChangeReader, mapOf, type BoardChanges } from './board-changes';

/**
 * The card rights of shared/workshops/card-rights.ts and the limits of shared/workshops/limits.ts, held
 * on a board room's writes. The update is read struct by struct against the live board (never a copy of
 * it), so a keystroke costs the same on a board of 50 cards as on one of 3 000, and a client that skips
 * the UI's rules (edits or deletes another's card, writes in someone's name, writes thousands of cards
 * or values of the wrong type) is refused, not obeyed.
 */
export interface BoardRules {
  limits: WorkshopLimits;
  /** The workshop's category ids (its layout): where a card or cluster may be put. */
  categories: ReadonlySet<string>;
  now?: () => number;
}

/**
 * Unsigned cards each participant has written to a board since the room was loaded. An anonymous card
 * names nobody, so without this count the per-participant limit would not hold for them. Kept in memory
 * with the room's doc only: it counts, it never says which card is whose.
 */
const unsignedCounts = new WeakMap<Y.Doc, Map<string, number>>();

export function boardGuard(actor: BoardActor, rules: BoardRules): UpdateGuard {
  return (doc, update) => {
    let changes: BoardChanges | string;
    try {
      changes = new BoardChangeReader(doc, update, { categories: rules.categories, now: (rules.now ?? Date.now)() }).read();
    } catch (error) {
      if (error instanceof UnresolvedUpdate) return error.message;
      return 'an update that cannot be read';
    }
    if (typeof changes === 'string') return changes;
    const refusal = rightsRefusal(changes, actor) ?? lengthRefusal(changes, rules.limits) ?? quotaRefusal(doc, changes, actor, rules.limits);
    if (refusal === null) countUnsigned(doc, changes, actor);
    return refusal;
  };
}

const authorOf = (card: Y.Item): CardAuthor | null => (mapOf(card).get('author') as CardAuthor | undefined) ?? null;
const asCard = (card: Y.Item) => ({ author: authorOf(card) });

function rightsRefusal(changes: BoardChanges, actor: BoardActor): string | null {
  for (const card of changes.removedCards) if (!deletesCard(asCard(card), actor)) return "someone else's card deleted";
  for (const card of changes.restampedCards) if (!changes.removedCards.has(card)) return "a card's author or time changed";
  for (const edit of changes.textEdits.values()) {
    if (!changes.removedCards.has(edit.card) && !editsCard(asCard(edit.card), actor)) return "someone else's card edited";
  }
  for (const card of changes.newCards) {
    if (REQUIRED_CARD_KEYS.some((key) => !card.keys.has(key))) return 'a card without its text, category or time';
    const refusal = newCardRefusal(card.author as CardAuthor | null, actor);
    if (refusal) return refusal;
  }
  return null;
}

/** A text may always get shorter (one stored before the limit was lowered too); it may not grow past the limit. */
function lengthRefusal(changes: BoardChanges, limits: WorkshopLimits): string | null {
  if (changes.newCards.some((card) => card.textLength > limits.maxCardTextLength)) return "a card's text over the limit";
  for (const edit of changes.textEdits.values()) {
    if (edit.inserted > 0 && edit.text.length + edit.inserted - edit.deleted > limits.maxCardTextLength) return "a card's text over the limit";
  }
  for (const title of changes.clusterTitles.values()) {
    if (title.inserted > 0 && (title.text?.length ?? 0) + title.inserted - title.deleted > MAX_CLUSTER_TITLE_LENGTH) return "a cluster's title over the limit";
  }
  return null;
}

/** Counts the board only when the update adds cards or clusters: a keystroke never walks the board. */
function quotaRefusal(doc: Y.Doc, changes: BoardChanges, actor: BoardActor, limits: WorkshopLimits): string | null {
  if (changes.newClusters > 0 && liveEntries(doc, 'clusters').length - changes.removedClusters + changes.newClusters > maxClustersPerBoard(limits)) return 'the board is full of clusters';
  if (changes.newCards.length === 0) return null;
  const me = actor.author?.participantId;
  const held = liveEntries(doc, 'cards').filter((card) => !changes.removedCards.has(card));
  const mine = (author: unknown) => me !== undefined && (author as CardAuthor | null)?.participantId === me;
  const unsigned = me === undefined ? 0 : (unsignedCounts.get(doc)?.get(me) ?? 0) + changes.newCards.filter((card) => !card.author).length;
  const counts = {
    onBoard: held.length + changes.newCards.length - 1,
    byParticipant: held.filter((card) => mine(authorOf(card))).length + changes.newCards.filter((card) => mine(card.author)).length + unsigned - 1,
  };
  const full = cardQuotaRefusal(counts, limits);
  if (full === 'board') return 'the board is full';
  if (full === 'participant') return "the participant's cards are used up";
  return null;
}

const liveEntries = (doc: Y.Doc, root: 'cards' | 'clusters'): Y.Item[] => {
  const map = doc.share.get(root) as Y.AbstractType<unknown> | undefined;
  return map ? [...map._map.values()].filter((item) => !item.deleted) : [];
};

function countUnsigned(doc: Y.Doc, changes: BoardChanges, actor: BoardActor): void {
  const me = actor.author?.participantId;
  const written = changes.newCards.filter((card) => !card.author).length;
  if (me === undefined || written === 0) return;
  let counts = unsignedCounts.get(doc);
  if (!counts) {
    counts = new Map();
    unsignedCounts.set(doc, counts);
  }
  counts.set(me, (counts.get(me) ?? 0) + written);
}
