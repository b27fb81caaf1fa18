/** Document types; each has a template (see the editor issue). Identifiers are part of the API contract. */
export const DOCUMENT_TYPES = [
  'omvarldsanalys',
  'mal',
  'resultatdialog',
  'lagesbeskrivning',
  'budgetunderlag',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A document is a draft until a body decides on it; the API speaks these exact strings. */
export const DOCUMENT_STATUSES = ['utkast', 'fastställd'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
