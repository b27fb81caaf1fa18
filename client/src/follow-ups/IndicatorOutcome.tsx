import { useId } from 'react';
import * as Y from 'yjs';
import { outcomeFigures, setOutcomeFigure } from '../../../shared/goals/follow-up-document';
import type { FigureKey } from '../../../shared/goals/indicator-figures';
import type { IndicatorData } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { FigureInput } from '../goals/FigureInput';
import { YTextInput } from '../goals/YTextInput';
import { indicatorFacts } from './indicator-facts';
import { existingFigures } from './live-follow-up';

interface IndicatorOutcomeProps {
  block: Y.Map<unknown>;
  indicator: IndicatorData;
  outcome: { total: number | null; women: number | null; men: number | null } | undefined;
  year: number;
  editable: boolean;
}

/**
 * One indicator of a goal: what the måldokument says (unit, baseline, the year's target; read-only) and
 * the outcome fields, Kvinnor / Män / Totalt when könsuppdelad. Every field is named with the indicator,
 * since the same labels repeat for each.
 */
export function IndicatorOutcome({ block, indicator, outcome, year, editable }: IndicatorOutcomeProps) {
  const id = useId();
  const heading = `${id}-heading`;
  const keys: FigureKey[] = indicator.genderSplit ? ['women', 'men', 'total'] : ['total'];
  const facts = indicatorFacts(indicator, year);
  const existing = existingFigures(block, indicator.id);
  const note = existing?.get('note');
  // The server makes every indicator's figures with the uppföljning; outcomeFigures makes them for one that lacks them.
  const write = (key: FigureKey, value: number | null) => {
    const figures = existing ?? outcomeFigures(block, indicator.id);
    if (figures) setOutcomeFigure(figures, key, value);
  };
  const rows: Array<[label: string, value: string]> = [
    ...(facts.unit ? [[t('indicator.unit'), facts.unit] as [string, string]] : []),
    [t('followUp.indicator.baseline'), facts.baseline || t('followUp.indicator.notGiven')],
    [t('followUp.indicator.target', { year }), facts.target || t('followUp.indicator.notGiven')],
  ];

  return (
    <li className="follow-up-indicator" aria-labelledby={heading} data-testid="follow-up-indicator">
      <h5 id={heading}>{indicator.name.trim() || t('goal.indicator.name')}</h5>
      <dl className="indicator-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <fieldset className="outcome-fields" disabled={!editable} aria-labelledby={`${id}-legend ${heading}`}>
        <legend id={`${id}-legend`}>{t('followUp.outcome.legend')}</legend>
        {keys.map((key) => (
          <div key={key} className="field figure-field">
            <label id={`${id}-${key}-label`} htmlFor={`${id}-${key}`}>
              {t(`indicator.${key}`)}
            </label>
            <FigureInput id={`${id}-${key}`} aria-labelledby={`${id}-${key}-label ${heading}`} value={outcome?.[key] ?? null} unit={facts.unit} onCommit={(value) => write(key, value)} />
          </div>
        ))}
        {note instanceof Y.Text && (
          <div className="field outcome-note">
            <label id={`${id}-note-label`} htmlFor={`${id}-note`}>
              {t('followUp.outcome.note')}
            </label>
            <YTextInput id={`${id}-note`} text={note} aria-labelledby={`${id}-note-label ${heading}`} />
          </div>
        )}
      </fieldset>
    </li>
  );
}
