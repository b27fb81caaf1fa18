/** Swedish messages for comment threads and the "Att läsa" list; merged into the one catalogue in sv.ts. */
export const svComments = {
  'comments.heading': 'Kommentarer',
} as const;
