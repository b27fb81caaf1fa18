import { useId, type ReactNode } from 'react';
import type { FigureKey, FigureValues } from '../../../shared/goals/indicator-figures';
import { t } from '../../../shared/i18n';
import { FigureInput } from './FigureInput';

const SPLIT: readonly FigureKey[] = ['women', 'men', 'total'];

interface FigureGroupProps {
  /** "Utgångsvärde", "Målvärde 2027". */
  legend: string;
  /** The field's full name with the indicator's number ("Målvärde 2027 – Kvinnor, mått 2"). */
  label(field: string): string;
  values: FigureValues;
  unit: string;
  genderSplit: boolean;
  onCommit(key: FigureKey, value: number | null): void;
  /** Fields before the values (the baseline's year). */
  before?: ReactNode;
  /** Fields after the values (the note). */
  after?: ReactNode;
}

/** One baseline or target: its value, or kvinnor, män and totalt when the indicator is könsuppdelad, with the fields around them. */
export function FigureGroup({ legend, label, values, unit, genderSplit, onCommit, before, after }: FigureGroupProps) {
  const id = useId();
  const keys = genderSplit ? SPLIT : (['total'] as const);
  return (
    <fieldset className="indicator-figures">
      <legend>{legend}</legend>
      {before}
      {keys.map((key) => {
        const part = genderSplit ? t(`indicator.${key}`) : t('indicator.value');
        return (
          <div key={key} className="field">
            <label htmlFor={`${id}-${key}`}>{part}</label>
            <FigureInput
              id={`${id}-${key}`}
              aria-label={label(genderSplit ? t('indicator.partOf', { group: legend, part }) : legend)}
              value={values[key]}
              unit={unit}
              onCommit={(value) => onCommit(key, value)}
            />
          </div>
        );
      })}
      {after}
    </fieldset>
  );
}
