import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface Described {
  label: string;
  hint?: string;
  error?: string;
  /** Ids of other texts about this field, e.g. a form-level error that concerns it. */
  describedBy?: string;
}

function useDescriptions({ hint, error, describedBy }: Described) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedByIds = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  const invalid = Boolean(error) || Boolean(describedBy);
  return { id, hintId, errorId, describedByIds, invalid };
}

function Descriptions({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

type TextFieldProps = Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { inputRef?: Ref<HTMLInputElement> };

/** A labelled text input with its hint and error tied to it (aria-describedby, aria-invalid). */
export function TextField({ label, hint, error, describedBy, inputRef, ...input }: TextFieldProps) {
  const d = useDescriptions({ label, hint, error, describedBy });
  return (
    <div className="field">
      <label htmlFor={d.id}>{label}</label>
      <Descriptions hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
      <input ref={inputRef} id={d.id} aria-describedby={d.describedByIds} aria-invalid={d.invalid || undefined} {...input} />
    </div>
  );
}

type TextAreaFieldProps = Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { textareaRef?: Ref<HTMLTextAreaElement> };

/** A labelled multi-line text field with its hint and error tied to it, like TextField. */
export function TextAreaField({ label, hint, error, describedBy, textareaRef, ...textarea }: TextAreaFieldProps) {
  const d = useDescriptions({ label, hint, error, describedBy });
  return (
    <div className="field">
      <label htmlFor={d.id}>{label}</label>
      <Descriptions hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
      <textarea ref={textareaRef} id={d.id} aria-describedby={d.describedByIds} aria-invalid={d.invalid || undefined} {...textarea} />
    </div>
  );
}

type SelectFieldProps = Described & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { children: ReactNode };

export function SelectField({ label, hint, error, describedBy, children, ...select }: SelectFieldProps) {
  const d = useDescriptions({ label, hint, error, describedBy });
  return (
    <div className="field">
      <label htmlFor={d.id}>{label}</label>
      <Descriptions hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
      <select id={d.id} aria-describedby={d.describedByIds} aria-invalid={d.invalid || undefined} {...select}>
        {children}
      </select>
    </div>
  );
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { label: string; hint?: string };

export function Checkbox({ label, hint, ...input }: CheckboxProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} aria-describedby={hintId} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
