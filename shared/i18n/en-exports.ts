import type { MessageKey } from './sv';

/** English for the keys of sv-exports.ts. */
export const enExports: Partial<Record<MessageKey, string>> = {
  'export.organisation': 'Organisation',
  'export.body': 'Body',
  'export.decision': 'Decision',
  'export.decisionLine': '{body} {date} {paragraph}, dnr {diarienummer}',
  'export.version': 'Version',
  'export.lockedAt': 'Fastställd',
  'export.hash': 'Checksum (SHA-256)',
  'export.note': 'Note',
  'export.goals': 'Goals',
  'export.indicators': 'Indicators',
  'export.noIndicators': 'No indicators given.',
  'export.col.name': 'Name',
  'export.col.method': 'Method',
  'export.col.source': 'Source',
  'export.col.baseline': 'Baseline',
  'export.col.targets': 'Target value per year',
  'export.col.genderSplit': 'Broken down by gender',
  'export.yes': 'Yes',
  'export.no': 'No',
  'export.empty': '–',
  'export.pageNumber': 'Page {page} of {pages}',

  'diff.version': 'Version {number} ({date})',
  'diff.draft': 'Current draft',

  'error.versionNotFound': 'The version does not exist.',
  'error.invalidExportFormat': 'Choose a format for the export: pdf, docx or md.',
  'error.invalidDiffParams': 'Say which versions to compare: from=<number> and to=<number> or to=draft.',
};
