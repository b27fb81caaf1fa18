import { useId } from 'react';
import type * as Y from 'yjs';
import { noFigures, setBaselineValue, setBaselineYear, setTargetValue } from '../../../shared/goals/indicator-figures';
import { removeIndicator, setIndicatorGenderSplit, setIndicatorTarget, type IndicatorData } from '../../../shared/goals/model';
import { t, type MessageKey } from '../../../shared/i18n';
import { FigureGroup } from './FigureGroup';
import { yText } from './live-goals';
import { YearInput } from './YearInput';
import { YTextInput } from './YTextInput';

const TEXT_FIELDS: Array<[key: 'name' | 'method' | 'source' | 'unit', label: MessageKey]> = [
  ['name', 'goal.indicator.name'],
  ['method', 'goal.indicator.method'],
  ['source', 'goal.indicator.source'],
  ['unit', 'indicator.unit'],
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
 * was squeezed to 80 px inputs beside the hints): its texts, then its baseline and a target per year of
 * the goal's period, each a value (kvinnor, män and totalt when könsuppdelad) and a note. Every field is
 * named with the indicator's number ("Källa, mått 2"), since the same labels repeat for every indicator.
 */
export function IndicatorRow({ goal, indicator, data, number, years, editable }: IndicatorRowProps) {
  const id = useId();
  const label = (field: string) => t('editor.goal.indicatorField', { field, number });
  const part = (group: string, field: string) => label(t('indicator.partOf', { group, part: field }));
  const baselineNote = yText(indicator, 'baseline');
  const baseline = t('goal.indicator.baseline');
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
      </div>
      <div className="indicator-figure-groups">
        <FigureGroup
          legend={baseline}
          label={label}
          values={data.baselineValues}
          unit={data.unit}
          genderSplit={data.genderSplit}
          onCommit={(key, value) => setBaselineValue(indicator, key, value)}
          before={
            <div className="field">
              <label htmlFor={`${id}-baseline-year`}>{t('indicator.baselineYear')}</label>
              <YearInput id={`${id}-baseline-year`} aria-label={part(baseline, t('indicator.baselineYear'))} value={data.baselineYear} onCommit={(year) => setBaselineYear(indicator, year)} />
            </div>
          }
          after={
            baselineNote && (
              <div className="field indicator-note">
                <label htmlFor={`${id}-baseline-note`}>{t('indicator.note')}</label>
                <YTextInput id={`${id}-baseline-note`} text={baselineNote} aria-label={part(baseline, t('indicator.note'))} />
              </div>
            )
          }
        />
        {years.map((year) => {
          const target = t('editor.goal.targetFor', { year });
          return (
            <FigureGroup
              key={year}
              legend={target}
              label={label}
              values={data.targetValues[year] ?? noFigures()}
              unit={data.unit}
              genderSplit={data.genderSplit}
              onCommit={(key, value) => setTargetValue(indicator, year, key, value)}
              after={
                <div className="field indicator-note">
                  <label htmlFor={`${id}-target-${year}-note`}>{t('indicator.note')}</label>
                  <input
                    id={`${id}-target-${year}-note`}
                    type="text"
                    aria-label={part(target, t('indicator.note'))}
                    value={data.targets[year] ?? ''}
                    onChange={(event) => setIndicatorTarget(indicator, year, event.target.value)}
                  />
                </div>
              }
            />
          );
        })}
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
