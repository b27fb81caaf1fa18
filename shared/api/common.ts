/** Pieces many routes' schemas share. */
import { z } from 'zod';

/** A row's id as the server sends it. */
export const id = z.guid();

/** A moment as JSON carries it: the ISO 8601 string of a Date. */
export const timestamp = z.iso.datetime({ offset: true });

/** Someone named by id: an author, an editor, a member to mention. */
export const personRef = z.object({ id, name: z.string() });

/** A path parameter naming a row; anything but a UUID answers 404. */
export const idParams = z.object({ id: z.uuid() });
