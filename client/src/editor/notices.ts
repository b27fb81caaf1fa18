import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { ServerNotice } from '../../../shared/sync/protocol';

/** Samsyn's own message (type 100): JSON after the message type; anything unreadable is ignored. */
export function readNotice(decoder: decoding.Decoder): ServerNotice | null {
  try {
    const notice = JSON.parse(decoding.readVarString(decoder)) as ServerNotice;
    return typeof notice === 'object' && notice !== null ? notice : null;
  } catch {
    return null;
  }
}

/**
 * Whether the server's saved state vector covers every change this client made, and everything this
 * device held when it opened the room (edits made here before a reload, under another client id, that
 * the server may never have received).
 */
export function savedCovers(savedVector: Map<number, number> | null, ydoc: Y.Doc, heldAtOpen: ReadonlyMap<number, number> = new Map()): boolean {
  const covered = (client: number, clock: number) => (savedVector?.get(client) ?? 0) >= clock;
  if (!covered(ydoc.clientID, Y.getState(ydoc.store, ydoc.clientID))) return false;
  for (const [client, clock] of heldAtOpen) if (!covered(client, clock)) return false;
  return true;
}
