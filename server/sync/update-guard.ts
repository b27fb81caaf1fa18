import type * as Y from 'yjs';
import type { ConnectionMode } from '../../shared/sync/protocol';

/**
 * A check of one update from one connection before the room applies it, for rooms where holding the
 * right to write is not enough (a board's cards belong to their authors): why it is refused, as an
 * English reason for the log, or null. It must not change `doc`.
 */
export type UpdateGuard = (doc: Y.Doc, update: Uint8Array) => string | null;

/** What a caller gets in a room: write or read, and for some writers a guard on what they write. */
export interface RoomGrant {
  mode: ConnectionMode;
  guard?: UpdateGuard;
}
