/** Swedish messages for the comment API's errors; merged into the one catalogue in sv.ts. */
export const svCommentsApi = {
  'error.threadNotFound': 'Kommentarstråden finns inte.',
  'error.commentNotFound': 'Kommentaren finns inte.',
  'error.mentionNotFound': 'Omnämnandet finns inte.',
  'error.invalidMentions': 'Bara aktiva medlemmar i organisationen kan nämnas.',
  'error.commentDeleted': 'Kommentaren är borttagen och kan inte ändras.',
  'field.anchor': 'Kommentarens plats',
  'field.body': 'Text',
  'field.mentions': 'Omnämnanden',
  'export.openComments': 'Öppna kommentarer',
  'export.noOpenComments': 'Inga öppna kommentarer.',
  'export.commentBy': '{author}, {date}',
  'error.invalidExportThreads': 'Ogiltigt val av kommentarer i exporten (tillåtet: threads=open).',
} as const;
