import { useId } from 'react';
import * as Y from 'yjs';
import { existingFigures } from './live-follow-up';
import { outcomeFigures, setOutcomeFigure, type FigureKey } from '../../../shared/goals/follow-up-document';
import type { IndicatorData } from '../../../shared/goals/model';
import { t, type MessageKey } from '../../../shared/i18n';
import { YTextInput } from '../goals/YTextInput';
import { FigureInput } from './FigureInput';

const FIGURE_LABELS: Record<FigureKey, MessageKey> = { women: 'followUp.outcome.women', men: 'followUp.outcome.men', total: 'followUp.outcome.total' };

interface IndicatorOutcomeProps {
  block: Y.Map<unknown>;
  indicator: IndicatorData;
  outcome: { total: number | null; women: number | null; men: number | null } | undefined;
  year: number;
  editable: boolean;
}

/**
 * One indicator of a goal: what the måldokument says (baseline, the year's target; read-only) and the
 * outcome fields, Kvinnor / Män / Totalt when könsuppdelad. Every field is named with the indicator,
 * since the same labels repeat for each.
 */
export function IndicatorOutcome({ block, indicator, outcome, year, editable }: IndicatorOutcomeProps) {
  const id = useId();
  const heading = `${id}-heading`;
  const keys: FigureKey[] = indicator.genderSplit ? ['women', 'men', 'total'] : ['total'];
  const target = indicator.targets[String(year)]?.trim();
  const existing = existingFigures(block, indicator.id);
  const note = existing?.get('note');
  // The server makes every indicator's figures with the uppföljning; outcomeFigures makes them for one that lacks them.
  const write = (key: FigureKey, value: number | null) => {
    const figures = existing ?? outcomeFigures(block, indicator.id);
    if (figures) setOutcomeFigure(figures, key, value);
  };

  return (
    <li className="follow-up-indicator" aria-labelledby={heading} data-testid="follow-up-indicator">
      <h5 id={heading}>{indicator.name.trim() || t('goal.indicator.name')}</h5>
      <dl className="indicator-facts">
        <div>
          <dt>{t('followUp.indicator.baseline')}</dt>
          <dd>{indicator.baseline.trim() || t('followUp.indicator.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('followUp.indicator.target', { year })}</dt>
          <dd>{target || t('followUp.indicator.notGiven')}</dd>
        </div>
      </dl>
      <fieldset className="outcome-fields" disabled={!editable} aria-labelledby={`${id}-legend ${heading}`}>
        <legend id={`${id}-legend`}>{t('followUp.outcome.legend')}</legend>
        {keys.map((key) => (
          <div key={key} className="field figure-field">
            <label id={`${id}-${key}-label`} htmlFor={`${id}-${key}`}>
              {t(FIGURE_LABELS[key])}
            </label>
            <FigureInput
              id={`${id}-${key}`}
              labelledBy={`${id}-${key}-label ${heading}`}
              value={outcome?.[key] ?? null}
              onChange={(value) => write(key, value)}
            />
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
