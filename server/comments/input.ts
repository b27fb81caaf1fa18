import * as Y from 'yjs';
import { z } from 'zod';
import { BODY_FRAGMENT, COMMENT_MAX_LENGTH, QUOTE_MAX_LENGTH } from '../../shared/comments/model';

/** The most a base64 `Y.RelativePosition` may take (a real one is a few dozen bytes). */
const POSITION_MAX_LENGTH = 1024;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

function decodesAsRelativePosition(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const bytes = new Uint8Array(Buffer.from(value, 'base64'));
  try {
    // Decoding is lenient (it reads what it can): a real position encodes back to exactly its bytes.
    const decoded = Y.decodeRelativePosition(bytes);
    return (decoded.item !== null || decoded.type !== null || decoded.tname !== null) && Buffer.from(Y.encodeRelativePosition(decoded)).equals(bytes);
  } catch {
    return false;
  }
}

const position = z.string().min(1).max(POSITION_MAX_LENGTH).refine(decodesAsRelativePosition);
const quote = z.string().max(QUOTE_MAX_LENGTH);

/** A thread's anchor (shared/comments/model.ts ThreadAnchor); positions must decode as Yjs relative positions. */
export const anchorInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    fragment: z.string().refine((value) => value === BODY_FRAGMENT || /^viljeinriktning:[A-Za-z0-9_-]{1,100}$/.test(value)),
    start: position,
    end: position,
    quote,
  }),
  z.strictObject({ kind: z.literal('goal'), goalId: z.string().regex(ID), indicatorId: z.string().regex(ID).nullable(), quote }),
]);

/** A comment's text: plain text, kept verbatim (never parsed as HTML); trimmed, 1..COMMENT_MAX_LENGTH characters. */
export const commentBody = z.string().trim().min(1).max(COMMENT_MAX_LENGTH);

/** Ids of mentioned members; each must be an active member of the organisation (checked in mentions.ts). */
export const mentionIds = z.array(z.uuid()).max(50).optional();

export const newThreadInput = z.object({ anchor: anchorInput, body: commentBody, mentions: mentionIds });
export const commentInput = z.object({ body: commentBody, mentions: mentionIds });

export type NewThreadInput = z.infer<typeof newThreadInput>;
export type CommentInput = z.infer<typeof commentInput>;
