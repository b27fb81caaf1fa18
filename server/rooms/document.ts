import { migrateIndicatorFigures, needsFiguresMigration } from '../../shared/goals/indicator-migration';
import { documentRooms } from '../../shared/sync/rooms';
import { DocumentActivity } from '../documents/activity';
import { refreshGoalRegister } from '../goals/refresh-register';
import { GoalRegisterFollower } from '../goals/register-follower';
import { roomKind } from '../sync/room-kind';
import { recordRevision } from '../versions/revisions';
import type { RoomKindDeps } from './deps';
import { documentRights, sessionPresence } from './document-access';

/**
 * `doc:<documentId>`: the Tiptap body and the structured fields. Editors by `can()` write it, readers
 * read it (everyone once it is fastställd). It notes who wrote: "last edited by" once edits are stored,
 * and an automatic revision when editing settles; the goal register follows its goals. On load, indicators
 * from before figures get theirs (their free-text baselines and targets read as numbers where they are),
 * before anyone sees the room.
 */
export function documentRoomKind({ db, log, clock }: RoomKindDeps) {
  const activity = new DocumentActivity(db, log);
  const rights = documentRights(db);
  const goals = new GoalRegisterFollower((documentId, doc) => refreshGoalRegister(db, documentId, doc), log);
  return roomKind({
    kind: 'document',
    parse: documentRooms.parse,
    async access(caller, { documentId }) {
      const allowed = await rights(caller, documentId);
      if (allowed.edit) return { mode: 'write' };
      return allowed.read ? { mode: 'read' } : null;
    },
    presence: sessionPresence,
    concerns: (change, { documentId }) => change.kind === 'document' && change.documentId === documentId,
    onLoad: async (_ref, doc) => (needsFiguresMigration(doc) ? migrateIndicatorFigures : null),
    writers: {
      stored: ({ documentId }, userId) => activity.record(documentId, userId),
      settled: async ({ documentId }, state, editors) => void (await recordRevision(db, documentId, state, editors, clock())),
      flush: async () => void (await Promise.all([activity.flush(), goals.flush()])),
    },
    contentStored: ({ documentId }, doc) => goals.changed(documentId, doc),
  });
}
