import { useId } from 'react';
import type * as Y from 'yjs';
import { removeIndicator, setIndicatorGenderSplit, setIndicatorTarget, type IndicatorData } from '../../../shared/goals/model';
import { t, type MessageKey } from '../../../shared/i18n';
import { yText } from './live-goals';
import { YTextInput } from './YTextInput';

const TEXT_FIELDS: Array<[key: 'name' | 'method' | 'source' | 'baseline', label: MessageKey]> = [
  ['name', 'goal.indicator.name'],
  ['method', 'goal.indicator.method'],
  ['source', 'goal.indicator.source'],
  ['baseline', 'goal.indicator.baseline'],
];

interface IndicatorRowProps {
  goal: Y.Map<unknown>;
  indicator: Y.Map<unknown>;
  data: IndicatorData;
  number: number;
  years: string[];
  editable: boolean;
}

/**
 * One indicator as a group of labelled fields that wrap to the width there is (a table row of 10 fields
 * was squeezed to 80 px inputs beside the hints). Every field is named with the indicator's number
 * ("Källa, mått 2"), since the same labels repeat for every indicator.
 */
export function IndicatorRow({ goal, indicator, data, number, years, editable }: IndicatorRowProps) {
  const id = useId();
  const label = (field: string) => t('editor.goal.indicatorField', { field, number });
  return (
    <li className="indicator" data-testid="indicator" aria-labelledby={`${id}-heading`}>
      <h5 id={`${id}-heading`} className="indicator-heading">
        {t('goal.indicator.numbered', { number })}
      </h5>
      <div className="indicator-fields">
        {TEXT_FIELDS.map(([key, column]) => {
          const text = yText(indicator, key);
          return (
            text && (
              <div key={key} className={`field indicator-${key}`}>
                <label htmlFor={`${id}-${key}`}>{t(column)}</label>
                <YTextInput id={`${id}-${key}`} text={text} aria-label={label(t(column))} />
              </div>
            )
          );
        })}
        {years.map((year) => (
          <div key={year} className="field indicator-target">
            <label htmlFor={`${id}-target-${year}`}>{t('editor.goal.targetFor', { year })}</label>
            <input
              id={`${id}-target-${year}`}
              type="text"
              aria-label={label(t('editor.goal.targetFor', { year }))}
              value={data.targets[year] ?? ''}
              onChange={(event) => setIndicatorTarget(indicator, year, event.target.value)}
            />
          </div>
        ))}
      </div>
      <div className="indicator-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            aria-label={label(t('goal.indicator.genderSplit'))}
            checked={data.genderSplit}
            onChange={(event) => setIndicatorGenderSplit(indicator, event.target.checked)}
          />
          {t('goal.indicator.genderSplit')}
        </label>
        {editable && (
          <button type="button" className="button-small" onClick={() => removeIndicator(goal, data.id)}>
            {t('goal.indicator.remove')}
            <span className="visually-hidden"> {number}</span>
          </button>
        )}
      </div>
    </li>
  );
}
