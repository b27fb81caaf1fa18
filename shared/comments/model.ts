/**
 * Comment threads on a document: the contract between the server (which alone writes them) and the
 * client. Threads are stored in PostgreSQL; the server projects them into the document's comments
 * room (`doc:<id>:comments`), a Y.Doc that every client may only read, so new comments, replies and
 * resolutions reach everyone live without a reload.
 *
 * Why clients never write the comments room: per-comment rules (edit only your own comment, who may
 * resolve, no HTML) cannot be checked inside a raw Yjs update, so every change goes through an HTTP
 * route that checks `can()` and then the server writes the result into the room (../../DESIGN.md:
 * "invariants that clients cannot be trusted to keep").
 */
import type * as Y from 'yjs';

/** Longest comment text, in characters. */
export const COMMENT_MAX_LENGTH = 5000;
/** Longest quoted text kept with an anchor. */
export const QUOTE_MAX_LENGTH = 1000;

/**
 * Where a thread points. Text anchors are two encoded `Y.RelativePosition`s (base64 of
 * `Y.encodeRelativePosition`) into a rich-text fragment of the document's Y.Doc, so they follow the
 * words while others edit; `quote` keeps the original words for when the text is deleted.
 * `fragment` is `body` (the document body) or `viljeinriktning:<goalId>` (a goal's rich text).
 * Goal anchors point at a whole goal or one of its indicators.
 */
export type ThreadAnchor =
  | { kind: 'text'; fragment: string; start: string; end: string; quote: string }
  | { kind: 'goal'; goalId: string; indicatorId: string | null; quote: string };

export interface PersonRef {
  id: string;
  name: string;
}

export interface CommentView {
  id: string;
  author: PersonRef;
  /** Plain text with line breaks; '' once deleted (the UI shows "Kommentaren togs bort"). */
  body: string;
  /** Members mentioned with @ in this comment. */
  mentions: PersonRef[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface ThreadView {
  id: string;
  documentId: string;
  anchor: ThreadAnchor;
  createdBy: PersonRef;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
  comments: CommentView[];
}

export const BODY_FRAGMENT = 'body';
export const viljeinriktningFragment = (goalId: string) => `viljeinriktning:${goalId}`;

/** The comments room's layout: `threads` maps thread id → ThreadView (plain JSON), written by the server. */
export function threadsMap(doc: Y.Doc): Y.Map<ThreadView> {
  return doc.getMap<ThreadView>('threads');
}

/** All threads in the room, oldest first. */
export function readThreads(doc: Y.Doc): ThreadView[] {
  return [...threadsMap(doc).values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export const isOpen = (thread: ThreadView) => thread.resolvedAt === null;
