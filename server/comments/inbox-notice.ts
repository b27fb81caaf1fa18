import { INBOX_CHANGES, inboxRoom } from '../../shared/sync/rooms';
import type { Logger } from '../log/logger';
import type { RoomWriter } from '../sync/room-writer';

/**
 * Tells the members whose mentions changed, in every tab they have open, to fetch them again: a bump of
 * their inbox room's counter. Nobody with the room open: nothing to do, nothing stored. It never fails
 * what asked for it: the mentions are stored, and the next page change fetches them anyway.
 */
export async function notifyInboxes(rooms: RoomWriter, log: Logger, userIds: Iterable<string>): Promise<void> {
  await Promise.all(
    [...new Set(userIds)].map((userId) =>
      rooms.applyToRoom(
        inboxRoom(userId),
        // One more mark, not a counter set to n + 1: a process that does not hold the room makes the mark on an
        // empty doc, and a set would lose to the holder's own value where a mark always adds one.
        (doc) => doc.getArray<number>(INBOX_CHANGES).push([1]),
        { onlyIfOpen: true, waitForStorage: false },
      ).catch((error: unknown) => log.warn('telling a member\'s open tabs that their mentions changed failed', { userId, error })),
    ),
  );
}
