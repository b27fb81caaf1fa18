import type * as Y from 'yjs';
import { removeIndicator, setIndicatorGenderSplit, setIndicatorTarget, type IndicatorData } from '../../../shared/goals/model';
import { t, type MessageKey } from '../../../shared/i18n';
import { yText } from './live-goals';
import { YTextInput } from './YTextInput';

const TEXT_COLUMNS: Array<[key: 'name' | 'method' | 'source' | 'baseline', label: MessageKey]> = [
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

/** One indicator; every field is labelled with its column and the indicator's number ("Källa, mått 2"). */
export function IndicatorRow({ goal, indicator, data, number, years, editable }: IndicatorRowProps) {
  const label = (field: string) => t('editor.goal.indicatorField', { field, number });
  return (
    <tr data-testid="indicator">
      {TEXT_COLUMNS.map(([key, column]) => {
        const text = yText(indicator, key);
        return <td key={key}>{text && <YTextInput text={text} aria-label={label(t(column))} />}</td>;
      })}
      {years.map((year) => (
        <td key={year}>
          <input
            type="text"
            size={8}
            aria-label={label(t('editor.goal.targetFor', { year }))}
            value={data.targets[year] ?? ''}
            onChange={(event) => setIndicatorTarget(indicator, year, event.target.value)}
          />
        </td>
      ))}
      <td>
        <input
          type="checkbox"
          aria-label={label(t('goal.indicator.genderSplit'))}
          checked={data.genderSplit}
          onChange={(event) => setIndicatorGenderSplit(indicator, event.target.checked)}
        />
      </td>
      {editable && (
        <td>
          <button type="button" className="button-small" onClick={() => removeIndicator(goal, data.id)}>
            {t('goal.indicator.remove')}
            <span className="visually-hidden"> {number}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
