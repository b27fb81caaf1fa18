import { useId, useState } from 'react';
import { formatSwedishNumber, parseSwedishNumber } from '../../../shared/goals/numbers';
import { t } from '../../../shared/i18n';

interface FigureInputProps {
  id: string;
  value: number | null;
  /** A number as typed, or null when the field was emptied; never called for what is not a number. */
  onChange(value: number | null): void;
  labelledBy: string;
}

/**
 * A figure typed the Swedish way ("82,5", "1 234"): stored as a number as soon as it reads as one, so
 * others see it while it is typed; shown formatted when not focused. What does not read as a number is
 * kept in the field with an error tied to it, and nothing is stored.
 */
export function FigureInput({ id, value, onChange, labelledBy }: FigureInputProps) {
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const shown = draft ?? (value === null ? '' : formatSwedishNumber(value));

  const change = (text: string) => {
    setDraft(text);
    const parsed = parseSwedishNumber(text);
    if (text.trim() === '' || parsed !== null) {
      setInvalid(false);
      onChange(parsed);
    }
  };

  const blur = () => {
    const bad = draft !== null && draft.trim() !== '' && parseSwedishNumber(draft) === null;
    setInvalid(bad);
    // A bad entry stays in view beside its error; a good one gives way to the stored (and others') value.
    if (!bad) setDraft(null);
  };

  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="figure-input"
        aria-labelledby={labelledBy}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        value={shown}
        onFocus={() => setDraft(shown)}
        onChange={(event) => change(event.target.value)}
        onBlur={blur}
      />
      {invalid && (
        <p id={errorId} className="field-error" role="alert">
          {t('followUp.figure.invalid')}
        </p>
      )}
    </>
  );
}
