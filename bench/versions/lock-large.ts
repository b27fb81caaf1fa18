import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { documentRoom } from '../../shared/sync/rooms';
import { argon2Hasher } from '../../server/auth/passwords';
import { openPglite } from '../../server/db/pglite';
import { documents, users } from '../../server/db/schema';
import { seedDemo } from '../../server/demo/seed';
import { appendUpdates } from '../../server/sync/doc-store';
import { lockDocument } from '../../server/versions/lock-document';
import { storedRoomWriter } from '../../server/sync/room-writer';

const WORDS = 'kommunen ska verka för att alla barn och elever får en god utbildning i en trygg miljö med behöriga lärare'.split(' ');

/** A 100-page document (about 500 words a page, one heading per page) locked on embedded PGlite. */
export async function lockLargeDocument(pages = 100): Promise<{ ms: number; textKiB: number; stateKiB: number }> {
  const database = await openPglite();
  await database.migrate();
  const { organisationId } = await seedDemo(database.db, argon2Hasher, { goalChain: false });
  const [user] = await database.db.select().from(users).where(eq(users.email, 'processledare@exempelkommun.se'));
  const [document] = await database.db.insert(documents).values({ organisationId, type: 'omvarldsanalys', title: 'Omvärldsanalys, 100 sidor' }).returning();

  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  for (let page = 0; page < pages; page += 1) {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2' as unknown as string);
    heading.insert(0, [new Y.XmlText(`Avsnitt ${page + 1}`)]);
    body.push([heading]);
    for (let paragraph = 0; paragraph < 5; paragraph += 1) {
      const element = new Y.XmlElement('paragraph');
      element.insert(0, [new Y.XmlText(Array.from({ length: 100 }, (_, i) => WORDS[(i + page + paragraph) % WORDS.length]).join(' '))]);
      body.push([element]);
    }
  }
  const state = Y.encodeStateAsUpdate(doc);
  await appendUpdates(database.db, documentRoom(document!.id), [state]);

  const started = performance.now();
  const version = await lockDocument(
    database.db,
    storedRoomWriter(database.db),
    { organisationId, userId: user!.id, at: new Date() },
    document!.id,
    { decision: { body: 'Kommunstyrelsen', date: '2027-01-20', paragraph: '§ 12', diarienummer: 'KS/2027:3' } },
  );
  const ms = performance.now() - started;
  await database.close();
  return { ms, textKiB: Math.round(version.plainText.length / 1024), stateKiB: Math.round(state.byteLength / 1024) };
}
