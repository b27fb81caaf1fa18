import { useState, type InputHTMLAttributes } from 'react';
import { formatSwedishNumber, parseSwedishNumber } from '../../../shared/goals/numbers';
import { t } from '../../../shared/i18n';

type FigureInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'> & {
  id: string;
  value: number | null;
  unit: string;
  onCommit(value: number | null): void;
};

/**
 * A figure typed as people in a kommun write it ("12,5", "1 234", "12,5 %") and shown so when not being
 * typed in. What is typed is kept while typing; each entry that reads as a number is stored at once, and
 * one that does not stores nothing and says so beside the field once the person leaves it.
 */
export function FigureInput({ id, value, unit, onCommit, ...input }: FigureInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const errorId = `${id}-error`;
  const unreadable = (typed: string) => typed.trim() !== '' && parseSwedishNumber(typed, unit) === null;
  return (
    <>
      <input
        {...input}
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft ?? (value === null ? '' : formatSwedishNumber(value, unit))}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          setDraft(typed);
          if (unreadable(typed)) return;
          setInvalid(false);
          onCommit(parseSwedishNumber(typed, unit));
        }}
        onBlur={() => {
          if (draft !== null && unreadable(draft)) {
            setInvalid(true);
          } else {
            setDraft(null);
            setInvalid(false);
          }
        }}
      />
      {invalid && (
        <p id={errorId} className="field-error" role="alert">
          {t('indicator.error.notANumber')}
        </p>
      )}
    </>
  );
}
