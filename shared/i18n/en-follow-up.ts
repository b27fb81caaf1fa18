import type { svFollowUp } from './sv-follow-up';

/** English twin of sv-follow-up.ts. */
export const enFollowUp: Record<keyof typeof svFollowUp, string> = {
  'followUp.documentTitle': 'Follow-up {period} {year} – {body}',
  'error.followUp.periodUnknown': 'The follow-up period is not one of the municipality’s follow-ups.',
  'error.followUp.exists': 'There is already a follow-up for that body and that follow-up.',
  'error.followUp.notFollowUp': 'The document is not a follow-up.',
  'error.followUp.assessmentMissing': 'The follow-up cannot be adopted until every goal has an assessment. Missing for: {goals}.',
  'assessment.helt': 'Fully achieved',
  'assessment.delvis': 'Partly achieved',
  'assessment.ej': 'Not achieved',
  'assessment.ej_bedomd': 'Cannot be assessed',
  'assessment.none': 'Not assessed yet',
  'followUp.record.heading': 'Goal attainment',
  'followUp.record.indicator': 'Measure',
  'followUp.record.target': 'Target {year}',
  'followUp.record.outcome': 'Outcome',
  'followUp.record.analysis': 'Analysis',
  'followUp.record.actions': 'Actions ahead',
};
