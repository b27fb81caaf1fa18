import type * as contract from '../../../shared/api/comments';
import type { ThreadAnchor } from '../../../shared/comments/model';
import { call } from './http';

const id = encodeURIComponent;

export const fetchThreads = (documentId: string, signal?: AbortSignal) =>
  call<typeof contract.listThreads>(`/documents/${id(documentId)}/threads`, { signal }).then((data) => data.threads);

export const createThread = (documentId: string, anchor: ThreadAnchor, input: contract.CommentInput) =>
  call<typeof contract.createThread>(`/documents/${id(documentId)}/threads`, { method: 'POST', body: { anchor, ...input } }).then((data) => data.thread);

export const replyToThread = (threadId: string, input: contract.CommentInput) =>
  call<typeof contract.replyToThread>(`/threads/${id(threadId)}/comments`, { method: 'POST', body: input }).then((data) => data.comment);

export const editComment = (commentId: string, input: contract.CommentInput) =>
  call<typeof contract.editComment>(`/comments/${id(commentId)}`, { method: 'PATCH', body: input }).then((data) => data.comment);

export const deleteComment = (commentId: string) => call<typeof contract.deleteComment>(`/comments/${id(commentId)}`, { method: 'DELETE' }).then((data) => data.comment);

export const resolveThread = (threadId: string, resolved: boolean) =>
  (resolved
    ? call<typeof contract.resolveThread>(`/threads/${id(threadId)}/resolve`, { method: 'POST' })
    : call<typeof contract.reopenThread>(`/threads/${id(threadId)}/reopen`, { method: 'POST' })
  ).then((data) => data.thread);

export const fetchMembers = (signal?: AbortSignal) => call<typeof contract.listMembers>('/members', { signal }).then((data) => data.members);

export const fetchMentions = (signal?: AbortSignal) => call<typeof contract.listMentions>('/mentions', { signal }).then((data) => data.mentions);

export const markMentionRead = (mentionId: string) => call<typeof contract.markMentionRead>(`/mentions/${id(mentionId)}/read`, { method: 'POST' });
