import type * as Y from 'yjs';
import type { ConnectionMode } from '../../shared/sync/protocol';
import type { PresenceIdentity } from './presence-identity';

/**
 * A check of one update from one connection before the room applies it, for rooms where holding the
 * right to write is not enough (a board's cards belong to their authors): why it is refused, as an
 * English reason for the log, or null. It must not change `doc`.
 */
export type UpdateGuard = (doc: Y.Doc, update: Uint8Array) => string | null;

/**
 * What a caller gets in a room: write or read, for some writers a guard on what they write, and who
 * they are shown as in its awareness (set once at connect by the ws route; none: shown as nobody).
 */
export interface RoomGrant {
  mode: ConnectionMode;
  guard?: UpdateGuard;
  presence?: PresenceIdentity | null;
}
