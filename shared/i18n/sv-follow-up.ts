/** Swedish messages of uppföljningar generated from the goals; merged into the one catalogue in sv.ts. */
export const svFollowUp = {
  'followUp.documentTitle': 'Uppföljning {period} {year} – {body}',
  'error.followUp.periodUnknown': 'Uppföljningsperioden finns inte bland kommunens uppföljningar.',
  'error.followUp.exists': 'Det finns redan en uppföljning för det organet och den uppföljningen.',
  'error.followUp.notFollowUp': 'Dokumentet är ingen uppföljning.',
  'error.followUp.assessmentMissing': 'Uppföljningen kan inte fastställas förrän varje mål har en bedömning. Bedömning saknas för: {goals}.',
  'assessment.helt': 'Uppnås helt',
  'assessment.delvis': 'Uppnås delvis',
  'assessment.ej': 'Uppnås ej',
  'assessment.ej_bedomd': 'Kan inte bedömas',
  'assessment.none': 'Ej bedömd än',
  'followUp.record.heading': 'Måluppfyllelse',
  'followUp.record.indicator': 'Mått',
  'followUp.record.target': 'Målvärde {year}',
  'followUp.record.outcome': 'Utfall',
  'followUp.record.analysis': 'Analys',
  'followUp.record.actions': 'Åtgärder framåt',
} as const;
