/** Swedish messages for an indicator's figures (unit, baseline, targets, kvinnor/män/totalt); merged into the one catalogue in sv.ts. */
export const svIndicatorFigures = {
  'indicator.unit': 'Enhet',
  'indicator.baselineYear': 'År',
  'indicator.value': 'Värde',
  'indicator.total': 'Totalt',
  'indicator.women': 'Kvinnor',
  'indicator.men': 'Män',
  'indicator.note': 'Anteckning',
  /** One part of a group of fields, e.g. "Målvärde 2027 – Kvinnor". */
  'indicator.partOf': '{group} – {part}',
  'indicator.error.notANumber': 'Skriv ett tal, till exempel 12,5 eller 1 234. Inget har sparats.',

  // Checks: they warn, never block.
  'indicator.hint.baselineOnlyNote': 'Måttet {name} har en anteckning om utgångsvärdet men inget värde – skriv värdet som ett tal.',
  'indicator.hint.baselineYearMissing': 'Ange vilket år utgångsvärdet för måttet {name} gäller.',
  'indicator.hint.targetOnlyNote': 'Måttet {name} har anteckningar om målvärden men inget värde – skriv målvärdet som ett tal.',
} as const;
