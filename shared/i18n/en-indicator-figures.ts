import type { MessageKey } from './sv';

/** English for the keys of sv-indicator-figures.ts. */
export const enIndicatorFigures: Partial<Record<MessageKey, string>> = {
  'indicator.unit': 'Unit',
  'indicator.baselineYear': 'Year',
  'indicator.value': 'Value',
  'indicator.total': 'Total',
  'indicator.women': 'Women',
  'indicator.men': 'Men',
  'indicator.note': 'Note',
  'indicator.partOf': '{group} – {part}',
  'indicator.error.notANumber': 'Enter a number, for example 12.5 or 1,234. Nothing was saved.',

  'indicator.hint.baselineOnlyNote': 'The measure {name} has a note about its baseline but no value – enter the value as a number.',
  'indicator.hint.baselineYearMissing': 'Say which year the baseline of the measure {name} is from.',
  'indicator.hint.targetOnlyNote': 'The measure {name} has notes about its targets but no value – enter the target as a number.',
};
