import type { ParsedBody } from '../../shared/api/contract';
import type { createThread, replyToThread } from '../../shared/api/comments';

/** What the comment commands get: a request's body as parsed by its route's schema (shared/api/comments.ts). */
export type NewThreadInput = ParsedBody<typeof createThread>;
export type CommentInput = ParsedBody<typeof replyToThread>;
