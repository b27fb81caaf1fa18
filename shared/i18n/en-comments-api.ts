import type { MessageKey } from './sv';

/** English for the keys of sv-comments-api.ts. */
export const enCommentsApi: Partial<Record<MessageKey, string>> = {
  'error.threadNotFound': 'The comment thread does not exist.',
  'error.commentNotFound': 'The comment does not exist.',
  'error.mentionNotFound': 'The mention does not exist.',
  'error.invalidMentions': 'Only active members of the organisation can be mentioned.',
  'error.commentDeleted': 'The comment has been deleted and cannot be changed.',
  'field.anchor': "The comment's location",
  'field.body': 'Text',
  'field.mentions': 'Mentions',
  'export.openComments': 'Open comments',
  'export.noOpenComments': 'No open comments.',
  'export.commentBy': '{author}, {date}',
  'error.invalidExportThreads': 'Invalid choice of comments for the export (allowed: threads=open).',
};
