/**
 * The shape of each value on a board (shared/workshops/board.ts), as the server's board guard checks
 * what a client writes: a client that skips the UI could otherwise store a number as a category, an
 * object as an author, or a formula as a card's time, which every reader and export then trusts.
 */
import type { CardAuthor } from './board';

/** A card's keys: `text` is a Y.Text, the others plain values. */
export const CARD_KEYS = ['text', 'categoryId', 'clusterId', 'author', 'createdAt'] as const;
export type CardKey = (typeof CARD_KEYS)[number];
/** Written once with the card; nobody rewrites them (who wrote it and when; the text is edited in place). */
export const IMMUTABLE_CARD_KEYS: readonly CardKey[] = ['text', 'author', 'createdAt'];
/** A card is complete with these (clusterId and author may be missing: no cluster yet, an anonymous card). */
export const REQUIRED_CARD_KEYS: readonly CardKey[] = ['text', 'categoryId', 'createdAt'];

export const CLUSTER_KEYS = ['title', 'categoryId', 'createdAt'] as const;

const ID_LENGTH = 200;
const NAME_LENGTH = 200;
/** How far a new card's time may lie behind the server's clock: a card written offline during the day still gets in. */
const PAST_MS = 24 * 60 * 60 * 1000;
/** And ahead of it: a participant's clock a little fast. */
const FUTURE_MS = 5 * 60 * 1000;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/** A category or cluster id: a layout's ids (`sociala:utmaningar`) and UUIDs; nothing a spreadsheet would run. */
const isBoardId = (value: unknown): value is string => isShortString(value, ID_LENGTH) && /^[\p{L}\p{N}_:.-]+$/u.test(value) && !/^[-+]/.test(value);

export const isClusterRef = (value: unknown): value is string | null => value === null || isBoardId(value);

export function isCardAuthor(value: unknown): value is CardAuthor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { participantId, name } = value as Record<string, unknown>;
  return keys.length === 2 && isBoardId(participantId) && isShortString(name, NAME_LENGTH);
}

/** A creation time as `new Date().toISOString()` writes it, near `now`. */
export function isFreshTimestamp(value: unknown, now: number): value is string {
  if (typeof value !== 'string' || !ISO_UTC.test(value)) return false;
  const at = Date.parse(value);
  return Number.isFinite(at) && at >= now - PAST_MS && at <= now + FUTURE_MS;
}
