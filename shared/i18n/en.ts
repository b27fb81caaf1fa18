import type { MessageKey } from './sv';

/** English, the second locale. Missing keys fall back to Swedish. */
export const en: Partial<Record<MessageKey, string>> = {
  'app.tagline': 'Dialogue and collaboration in the municipal steering model',
  'app.skipToContent': 'Skip to content',
  'start.heading': 'Welcome to Samsyn',
  'start.status.ok': 'Samsyn is running.',
  'error.notFound': 'Not found.',
  'error.internal': 'Something went wrong on the server. Please try again.',
  'error.dbUnavailable': 'The database is not answering right now.',
};
