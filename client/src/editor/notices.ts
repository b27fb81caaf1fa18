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

/** Whether the server's saved state vector covers every change this client made. */
export function savedCovers(savedVector: Map<number, number> | null, ydoc: Y.Doc): boolean {
  const own = Y.getState(ydoc.store, ydoc.clientID);
  return (savedVector?.get(ydoc.clientID) ?? 0) >= own;
}
