import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { openPglite } from '../../server/db/pglite';
import { appendUpdates, compactDoc, loadDoc, loadDocState } from '../../server/sync/doc-store';

/** Stores 50 000 single-keystroke updates, compacts, then times a cold load into a Y.Doc (as a room does). */
export async function coldLoad(updateCount = 50_000): Promise<{ loadMs: number; snapshotKiB: number; compactMs: number }> {
  const database = await openPglite();
  await database.migrate();
  const room = documentRoom(crypto.randomUUID());
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  const text = source.getText('body');
  for (let i = 0; i < updateCount; i += 1) text.insert(Math.floor((i * 7919) % (text.length + 1)), String.fromCharCode(97 + (i % 26)));
  for (let i = 0; i < updates.length; i += 1000) await appendUpdates(database.db, room, updates.slice(i, i + 1000));

  let started = performance.now();
  await compactDoc(database.db, room);
  const compactMs = performance.now() - started;

  started = performance.now();
  const doc = await loadDocState(database.db, room);
  const loadMs = performance.now() - started;
  if (doc.getText('body').toString() !== text.toString()) throw new Error('cold load produced a different document');
  const snapshotKiB = Math.round((await loadDoc(database.db, room)).snapshot!.byteLength / 1024);
  await database.close();
  return { loadMs, snapshotKiB, compactMs };
}
