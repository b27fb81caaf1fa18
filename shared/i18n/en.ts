import type { MessageKey } from './sv';

/** English, the second locale. Missing keys fall back to Swedish. */
export const en: Partial<Record<MessageKey, string>> = {
  'app.tagline': 'Dialogue and collaboration in the municipal steering model',
  'app.skipToContent': 'Skip to content',
  'start.heading': 'Welcome to Samsyn',
  'start.status.ok': 'Samsyn is running.',
  'app.loading': 'Loading…',
  'nav.start': 'Start',
  'nav.password': 'Change password',
  'nav.adminUsers': 'Users',
  'nav.adminOrganisation': 'Organisation',
  'nav.logout': 'Sign out',
  'login.title': 'Sign in',
  'login.submit': 'Sign in',
  'form.save': 'Save',
  'form.cancel': 'Cancel',
  'error.notFound': 'Not found.',
  'error.internal': 'Something went wrong on the server. Please try again.',
  'error.dbUnavailable': 'The database is not answering right now.',
};
