/**
 * The Swedish message catalogue: every user-facing string lives here, for client and server alike.
 * Placeholders are written {name} and filled by `t()`.
 */
export const sv = {
  'app.name': 'Samsyn',
  'app.tagline': 'Dialog och samverkan i kommunens styrmodell',
  'app.skipToContent': 'Hoppa till innehållet',

  'start.heading': 'Välkommen till Samsyn',
  'start.intro':
    'Här arbetar förtroendevalda och tjänstepersoner tillsammans med omvärldsanalys, mål och resultatdialog – i realtid.',
  'start.status.checking': 'Kontrollerar anslutningen till servern…',
  'start.status.ok': 'Samsyn är igång.',
  'start.status.down': 'Servern svarar inte just nu. Försök igen om en stund.',
  'start.status.dbDown': 'Servern är igång men databasen svarar inte.',
  'start.db.pglite': 'Inbyggd databas (PGlite)',
  'start.db.postgres': 'PostgreSQL',
  'start.db.label': 'Databas',
  'start.documents.later': 'När du har loggat in visas dina dokument här.',

  'body.type.fullmaktige': 'Fullmäktige',
  'body.type.styrelse': 'Styrelse',
  'body.type.namnd': 'Nämnd',
  'body.type.bolag': 'Bolag',
  'body.type.forvaltning': 'Förvaltning',

  'error.notFound': 'Det du söker finns inte.',
  'error.internal': 'Något gick fel på servern. Försök igen.',
  'error.dbUnavailable': 'Databasen svarar inte just nu.',
  'error.clientNotBuilt': 'Webbgränssnittet är inte byggt. Kör "npm run build" och starta om.',
} as const;

export type MessageKey = keyof typeof sv;
