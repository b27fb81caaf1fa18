import { useId } from 'react';
import { t } from '../../../shared/i18n';
import type { Body } from '../../../shared/api/bodies';
import { buildTree, flattenTree } from '../bodies/tree';
import { bodyLabel } from '../format/labels';

interface BodyCheckboxesProps {
  bodies: Body[];
  selected: string[];
  onChange(selected: string[]): void;
  error?: string;
}

/** The body tree as indented checkboxes in one fieldset: which bodies a person belongs to. */
export function BodyCheckboxes({ bodies, selected, onChange, error }: BodyCheckboxesProps) {
  const id = useId();
  const toggle = (bodyId: string, checked: boolean) =>
    onChange(checked ? [...selected, bodyId] : selected.filter((candidate) => candidate !== bodyId));

  return (
    <fieldset className="body-checkboxes" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('field.bodyIds')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('admin.users.bodiesHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {bodies.length === 0 && <p>{t('admin.bodies.empty')}</p>}
      {flattenTree(buildTree(bodies)).map(({ body, depth }) => (
        <div key={body.id} className="checkbox" style={{ marginInlineStart: `${depth * 1.5}rem` }}>
          <input
            type="checkbox"
            id={`${id}-${body.id}`}
            checked={selected.includes(body.id)}
            onChange={(event) => toggle(body.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${body.id}`}>{bodyLabel(body)}</label>
        </div>
      ))}
    </fieldset>
  );
}
