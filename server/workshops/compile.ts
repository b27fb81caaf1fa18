import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { count, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import type { DocumentType } from '../../shared/domain/documents';
import { editorExtensions } from '../../shared/editor/extensions';
import type { Actor } from '../accounts/users';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { workshopParticipants } from '../db/schema';
import { createDocument } from '../documents/commands';
import type { RoomWriter } from '../sync/room-writer';
import { readBoardStates } from './board-states';
import { compileBody, compiledTitle } from './compile-body';
import type { WorkshopRow } from './load';
import { readNotesStates } from './notes';
import { tallies } from './tallies';

let schema: ReturnType<typeof getSchema> | undefined;

/** The body as a document's first Yjs update, in the editor's own schema (as initial-state.ts does for templates). */
function bodyState(body: JSONContent): Uint8Array {
  schema ??= getSchema(editorExtensions());
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, body, doc.getXmlFragment('body'));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export interface CompiledDocument {
  id: string;
  title: string;
  type: DocumentType;
}

/**
 * Compiles every group's board as it is now, with every vote cast (revealed or not: the facilitator
 * compiles), into one new document of the workshop's `compilesTo` type, created like any other document
 * (so it is edited and fastställd as usual). Each call makes a new document: compiling again after more
 * work on the boards never overwrites edits made to an earlier compilation.
 */
export async function compileWorkshop(db: AppDb, rooms: RoomWriter, actor: Actor, workshop: WorkshopRow): Promise<CompiledDocument> {
  const boards = await readBoardStates(db, rooms, workshop.id);
  const notes = await readNotesStates(db, rooms, workshop.id);
  const votes = await tallies(db, workshop.id);
  const [participants] = await db.select({ n: count() }).from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshop.id));
  const body = compileBody({
    title: workshop.title,
    date: workshop.date,
    layout: workshop.layout,
    boards: boards.map((board) => ({ groupName: board.group.name, cards: board.cards, clusters: board.clusters })),
    votes,
    participants: participants?.n ?? 0,
    notes,
  });
  const title = compiledTitle(workshop.title).slice(0, 300);
  const type = workshop.compilesTo;
  const cards = boards.reduce((sum, board) => sum + board.cards.length, 0);
  // The new document and the record of where it came from: both or neither.
  const id = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as AppDb;
    const documentId = await createDocument(tx, actor, { type, title, initialState: bodyState(body) });
    await audit(tx, {
      action: 'workshop.compiled',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'workshop',
      targetId: workshop.id,
      details: { documentId, type, groups: boards.length, cards },
      ip: actor.ip,
      at: actor.at,
    });
    return documentId;
  });
  return { id, title, type };
}
