import { useState, type InputHTMLAttributes } from 'react';

type YearInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: number | null;
  onCommit(year: number | null): void;
};

/** A year field that keeps what is being typed ("20…") and stores only whole years (or nothing). */
export function YearInput({ value, onCommit, ...input }: YearInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...input}
      inputMode="numeric"
      pattern="[0-9]{4}"
      value={draft ?? (value === null ? '' : String(value))}
      onChange={(event) => {
        const typed = event.target.value.trim();
        setDraft(typed);
        if (typed === '') onCommit(null);
        else if (/^\d{4}$/.test(typed)) onCommit(Number(typed));
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
