import * as Y from 'yjs';

/**
 * Whether `update` holds nothing the room lacks: every struct within its state and every deletion
 * already made. A read-only client still answers the server's sync step 1 with what it has, which is
 * nothing new; only a write that would change the room is worth a warning.
 */
export function isKnownUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
  } catch {
    // Not a readable update: something the room lacks, as far as anyone can tell.
    return false;
  }
}
