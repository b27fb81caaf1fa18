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
  'followUp.counts': '{helt} uppnås helt, {delvis} delvis, {ej} ej av {total} mål',
  'followUp.countsOther': '{ejBedomd} kan inte bedömas, {saknas} saknar bedömning',
} as const;
