import type { CommentView, PersonRef, ThreadAnchor, ThreadView } from '../../../shared/comments/model';
import { api } from './http';

/** What a new comment, reply or edit sends: plain text and the ids of the members it mentions. */
export interface CommentInput {
  body: string;
  mentions: string[];
}

/** One @-mention of the signed-in user, for the "Att läsa" list. */
export interface MentionView {
  id: string;
  createdAt: string;
  readAt: string | null;
  documentId: string;
  documentTitle: string;
  threadId: string;
  comment: { id: string; body: string; author: PersonRef; deleted: boolean };
}

const id = encodeURIComponent;

export const fetchThreads = (documentId: string, signal?: AbortSignal) =>
  api<{ threads: ThreadView[] }>(`/documents/${id(documentId)}/threads`, { signal }).then((data) => data.threads);

export const createThread = (documentId: string, anchor: ThreadAnchor, input: CommentInput) =>
  api<{ thread: ThreadView }>(`/documents/${id(documentId)}/threads`, { method: 'POST', body: { anchor, ...input } }).then((data) => data.thread);

export const replyToThread = (threadId: string, input: CommentInput) =>
  api<{ comment: CommentView }>(`/threads/${id(threadId)}/comments`, { method: 'POST', body: input }).then((data) => data.comment);

export const editComment = (commentId: string, input: CommentInput) =>
  api<{ comment: CommentView }>(`/comments/${id(commentId)}`, { method: 'PATCH', body: input }).then((data) => data.comment);

export const deleteComment = (commentId: string) =>
  api<{ comment: CommentView }>(`/comments/${id(commentId)}`, { method: 'DELETE' }).then((data) => data.comment);

export const resolveThread = (threadId: string, resolved: boolean) =>
  api<{ thread: ThreadView }>(`/threads/${id(threadId)}/${resolved ? 'resolve' : 'reopen'}`, { method: 'POST' }).then((data) => data.thread);

export const fetchMembers = (signal?: AbortSignal) => api<{ members: PersonRef[] }>('/members', { signal }).then((data) => data.members);

export const fetchMentions = (signal?: AbortSignal) => api<{ mentions: MentionView[] }>('/mentions', { signal }).then((data) => data.mentions);

export const markMentionRead = (mentionId: string) => api<void>(`/mentions/${id(mentionId)}/read`, { method: 'POST' });
