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

  'role.admin': 'Administratör',
  'role.facilitator': 'Processledare',
  'role.politician': 'Förtroendevald',
  'role.official': 'Tjänsteperson',
  'role.commenter': 'Kommentator',
  'role.viewer': 'Läsare',

  'field.email': 'E-postadress',
  'field.password': 'Lösenord',
  'field.currentPassword': 'Nuvarande lösenord',
  'field.newPassword': 'Nytt lösenord',
  'field.name': 'Namn',
  'field.role': 'Roll',
  'field.active': 'Aktiv',
  'field.bodyIds': 'Organ',
  'field.type': 'Typ',
  'field.shortName': 'Förkortning',
  'field.parentId': 'Överordnat organ',
  'field.settings': 'Inställningar',

  'error.notFound': 'Det du söker finns inte.',
  'error.invalidInput': 'Kontrollera uppgifterna: {fields}.',
  'error.invalidJson': 'Begäran kunde inte läsas (ogiltig JSON).',
  'error.unauthenticated': 'Du är inte inloggad.',
  'error.forbidden': 'Du har inte behörighet till detta.',
  'error.crossOrigin': 'Begäran kom inte från Samsyn och stoppades av säkerhetsskäl.',
  'error.loginFailed': 'Fel e-postadress eller lösenord.',
  'error.tooManyAttempts': 'För många misslyckade inloggningsförsök. Försök igen om {minutes} minuter.',
  'error.passwordTooShort': 'Lösenordet måste ha minst {min} tecken.',
  'error.wrongCurrentPassword': 'Det nuvarande lösenordet stämmer inte.',
  'error.emailTaken': 'Det finns redan en användare med den e-postadressen.',
  'error.userNotFound': 'Användaren finns inte.',
  'error.bodyNotFound': 'Organet finns inte.',
  'error.bodyInUse': 'Organet har underordnade organ, medlemmar eller dokument och kan inte tas bort.',
  'error.bodyCycle': 'Ett organ kan inte ligga under sig självt.',
  'error.lastAdmin': 'Organisationen måste ha minst en aktiv administratör.',
  'error.internal': 'Något gick fel på servern. Försök igen.',
  'error.dbUnavailable': 'Databasen svarar inte just nu.',
  'error.clientNotBuilt': 'Webbgränssnittet är inte byggt. Kör "npm run build" och starta om.',
} as const;

export type MessageKey = keyof typeof sv;
