/**
 * Comment threads: every change goes through these routes, which check `can()`, store it and then write
 * the thread into the document's comments room, which clients only read (shared/comments/model.ts).
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { BODY_FRAGMENT, COMMENT_MAX_LENGTH, QUOTE_MAX_LENGTH, type CommentView, type PersonRef, type ThreadView } from '../comments/model';
import { id, idParams, personRef, timestamp } from './common';
import { mirrors, route } from './contract';

/** The most a base64 `Y.RelativePosition` may take (a real one is a few dozen bytes). */
const POSITION_MAX_LENGTH = 1024;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

function decodesAsRelativePosition(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  try {
    const bytes = Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
    // Decoding is lenient (it reads what it can): a real position encodes back to exactly its bytes.
    const decoded = Y.decodeRelativePosition(bytes);
    return (decoded.item !== null || decoded.type !== null || decoded.tname !== null) && sameBytes(Y.encodeRelativePosition(decoded), bytes);
  } catch {
    return false;
  }
}

const position = z.string().min(1).max(POSITION_MAX_LENGTH).refine(decodesAsRelativePosition);
const quote = z.string().max(QUOTE_MAX_LENGTH);

/** A thread's anchor (ThreadAnchor); positions must decode as Yjs relative positions. */
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

/** Ids of mentioned members; each must be an active member of the organisation (checked by the server). */
const mentionIds = z.array(z.uuid()).max(50).optional();

const commentInput = z.object({ body: commentBody, mentions: mentionIds });
/** What a new comment, reply or edit sends: plain text and the ids of the members it mentions. */
export type CommentInput = z.input<typeof commentInput>;

const person = mirrors<PersonRef>()(personRef);

const commentView = mirrors<CommentView>()(
  z.object({ id, author: person, body: z.string(), mentions: z.array(person), createdAt: timestamp, editedAt: timestamp.nullable(), deleted: z.boolean() }),
);

const threadView = mirrors<ThreadView>()(
  z.object({
    id,
    documentId: id,
    anchor: anchorInput,
    createdBy: person,
    createdAt: timestamp,
    resolvedAt: timestamp.nullable(),
    resolvedBy: person.nullable(),
    comments: z.array(commentView),
  }),
);

/** One @-mention of the signed-in user, for the "Att läsa" list. */
const mentionView = z.object({
  id,
  createdAt: timestamp,
  readAt: timestamp.nullable(),
  documentId: id,
  documentTitle: z.string(),
  threadId: id,
  comment: z.object({ id, body: z.string(), author: person, deleted: z.boolean() }),
});
export type MentionView = z.infer<typeof mentionView>;

const oneThread = z.object({ thread: threadView });
const oneComment = z.object({ comment: commentView });

export const listThreads = route({ method: 'get', path: '/documents/:id/threads', summary: 'A document’s comment threads.', auth: 'member', params: idParams, responses: { 200: z.object({ threads: z.array(threadView) }) } });

export const createThread = route({
  method: 'post',
  path: '/documents/:id/threads',
  summary: 'Opens a thread on a passage or a goal with its first comment.',
  auth: 'member',
  params: idParams,
  body: z.object({ anchor: anchorInput, body: commentBody, mentions: mentionIds }),
  responses: { 201: oneThread },
});

export const replyToThread = route({ method: 'post', path: '/threads/:id/comments', summary: 'Replies in a thread.', auth: 'member', params: idParams, body: commentInput, responses: { 201: oneComment } });

export const editComment = route({ method: 'patch', path: '/comments/:id', summary: 'Edits one’s own comment.', auth: 'member', params: idParams, body: commentInput, responses: { 200: oneComment } });

export const deleteComment = route({ method: 'delete', path: '/comments/:id', summary: 'Deletes a comment (its place in the thread stays).', auth: 'member', params: idParams, responses: { 200: oneComment } });

export const resolveThread = route({ method: 'post', path: '/threads/:id/resolve', summary: 'Marks a thread resolved.', auth: 'member', params: idParams, responses: { 200: oneThread } });

export const reopenThread = route({ method: 'post', path: '/threads/:id/reopen', summary: 'Reopens a resolved thread.', auth: 'member', params: idParams, responses: { 200: oneThread } });

export const listMembers = route({ method: 'get', path: '/members', summary: 'The organisation’s active members, to mention.', auth: 'member', responses: { 200: z.object({ members: z.array(person) }) } });

export const listMentions = route({ method: 'get', path: '/mentions', summary: 'The signed-in user’s mentions, unread first.', auth: 'member', responses: { 200: z.object({ mentions: z.array(mentionView) }) } });

export const markMentionRead = route({ method: 'post', path: '/mentions/:id/read', summary: 'Marks one of one’s mentions read.', auth: 'member', params: idParams, responses: { 204: null } });

export const commentContracts = { listThreads, createThread, replyToThread, editComment, deleteComment, resolveThread, reopenThread, listMembers, listMentions, markMentionRead };
