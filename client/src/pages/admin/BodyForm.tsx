import { useEffect, useRef, useState, type FormEvent } from 'react';
import { BODY_TYPES, type BodyType } from '../../../../shared/domain/bodies';
import { t } from '../../../../shared/i18n';
import type { BodyFields } from '../../../../shared/api/bodies';
import { ApiFailure, messageOf } from '../../api/http';
import type { Body } from '../../../../shared/api/bodies';
import { buildTree, flattenTree, indent, selfAndDescendants } from '../../bodies/tree';
import { ErrorAlert } from '../../components/Alerts';
import { SelectField, TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { bodyLabel, bodyTypeLabel } from '../../format/labels';

type Field = 'name' | 'parentId' | 'sortOrder';
type Errors = Partial<Record<Field | 'form', string>>;

const FIELD_OF_CODE: Record<string, Field> = { body_cycle: 'parentId', body_not_found: 'parentId' };

interface BodyFormProps {
  /** The body being edited; absent when adding a new one. */
  body?: Body;
  bodies: Body[];
  submitLabel: string;
  save(fields: BodyFields): Promise<void>;
  onCancel?(): void;
  focusOnMount?: boolean;
}

/** Name, short name, type, place in the tree (parent) and order among siblings of one body. */
export function BodyForm({ body, bodies, submitLabel, save, onCancel, focusOnMount = false }: BodyFormProps) {
  const nameRef = useRef<HTMLInputElement>(null);
  const empty = { name: '', shortName: '', type: 'namnd' as BodyType, parentId: '', sortOrder: '' };
  const initial = body ? { name: body.name, shortName: body.shortName ?? '', type: body.type, parentId: body.parentId ?? '', sortOrder: String(body.sortOrder) } : empty;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const { busy, run } = useSubmit();
  useEffect(() => {
    if (focusOnMount) nameRef.current?.focus();
  }, [focusOnMount]);

  const excluded = body ? selfAndDescendants(bodies, body.id) : new Set<string>();
  const parents = flattenTree(buildTree(bodies)).filter(({ body: candidate }) => !excluded.has(candidate.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (!values.name.trim()) found.name = t('form.missing', { field: t('field.name') });
    const sortOrder = values.sortOrder === '' ? nextSortOrder(bodies, values.parentId || null) : Number(values.sortOrder);
    if (!Number.isInteger(sortOrder) || sortOrder < 0 || sortOrder > 10_000) found.sortOrder = t('admin.bodies.sortOrderInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await run(
      async () => {
        await save({ name: values.name.trim(), shortName: values.shortName.trim() || null, type: values.type, parentId: values.parentId || null, sortOrder });
        if (!body) setValues(empty);
        setErrors({});
      },
      (error) => {
        const field = error instanceof ApiFailure ? FIELD_OF_CODE[error.code] : undefined;
        setErrors(field ? { [field]: messageOf(error) } : { form: messageOf(error) });
      },
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <ErrorAlert message={errors.form} />
      <TextField inputRef={nameRef} label={t('field.name')} required value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} error={errors.name} />
      <TextField label={t('field.shortName')} hint={t('admin.bodies.shortNameHint')} maxLength={20} value={values.shortName} onChange={(e) => setValues({ ...values, shortName: e.target.value })} />
      <SelectField label={t('field.type')} value={values.type} onChange={(e) => setValues({ ...values, type: e.target.value as BodyType })}>
        {BODY_TYPES.map((type) => (
          <option key={type} value={type}>
            {bodyTypeLabel(type)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('field.parentId')} value={values.parentId} onChange={(e) => setValues({ ...values, parentId: e.target.value })} error={errors.parentId}>
        <option value="">{t('admin.bodies.noParent')}</option>
        {parents.map(({ body: parent, depth }) => (
          <option key={parent.id} value={parent.id}>
            {indent(depth)}
            {bodyLabel(parent)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('field.sortOrder')}
        hint={t('admin.bodies.sortOrderHint')}
        type="number"
        inputMode="numeric"
        min={0}
        max={10_000}
        value={values.sortOrder}
        onChange={(e) => setValues({ ...values, sortOrder: e.target.value })}
        error={errors.sortOrder}
      />
      <div className="actions">
        <button type="submit" className="button-primary">
          {busy ? t('form.working') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A new body goes last among its siblings unless the admin says otherwise. */
function nextSortOrder(bodies: Body[], parentId: string | null): number {
  const siblings = bodies.filter((body) => body.parentId === parentId);
  return siblings.length === 0 ? 0 : Math.min(10_000, Math.max(...siblings.map((body) => body.sortOrder)) + 1);
}
