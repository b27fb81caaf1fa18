/** Swedish messages for the comment API's errors; merged into the one catalogue in sv.ts. */
export const svCommentsApi = {
  'error.threadNotFound': 'Kommentarstråden finns inte.',
  'error.commentNotFound': 'Kommentaren finns inte.',
} as const;
