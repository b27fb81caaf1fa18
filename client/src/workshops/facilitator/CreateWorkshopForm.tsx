import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { LAYOUT_KINDS, type LayoutKind } from '../../../../shared/workshops/board-layouts';
import { WORKSHOP_DEFAULTS, WORKSHOP_TYPES, type WorkshopType } from '../../../../shared/workshops/workshop';
import { createWorkshop } from '../../api/workshops';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { ErrorAlert } from '../../components/Alerts';
import { SelectField, TextField } from '../../components/fields';
import { useSubmit } from '../../forms/useSubmit';
import { layoutLabel, workshopTypeLabel } from './labels';
import { checkDraft, MAX_GROUPS, type DraftErrors, type WorkshopDraft } from './new-workshop';

const EMPTY: WorkshopDraft = { type: 'omvarldsdag', title: '', date: '', groupCount: '6', groupNames: '', layout: '' };

/** A new workshop (facilitators): type, title, date, groups by number or by name, and board layout. */
export function CreateWorkshopForm({ onCreated }: { onCreated(workshop: WorkshopView): void }) {
  const headingId = useId();
  const namesId = useId();
  const [draft, setDraft] = useState<WorkshopDraft>(EMPTY);
  const [errors, setErrors] = useState<DraftErrors>({});
  const { busy, error, run } = useSubmit();
  const change = (patch: Partial<WorkshopDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await run(async () => {
      onCreated(await createWorkshop(checked.input));
      setDraft(EMPTY);
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('workshop.create.heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorAlert message={error} />
        <SelectField label={t('workshop.create.type')} value={draft.type} onChange={(event) => change({ type: event.target.value as WorkshopType })}>
          {WORKSHOP_TYPES.map((type) => (
            <option key={type} value={type}>
              {workshopTypeLabel(type)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('workshop.create.title')} value={draft.title} error={errors.title} onChange={(event) => change({ title: event.target.value })} />
        <TextField label={t('workshop.create.date')} type="date" value={draft.date} error={errors.date} onChange={(event) => change({ date: event.target.value })} />
        <TextField
          label={t('workshop.create.groupCount')}
          hint={t('workshop.create.groupCountHint', { max: MAX_GROUPS })}
          inputMode="numeric"
          value={draft.groupCount}
          error={errors.groupCount}
          onChange={(event) => change({ groupCount: event.target.value })}
        />
        <div className="field">
          <label htmlFor={namesId}>{t('workshop.create.groupNames')}</label>
          <p id={`${namesId}-hint`} className="hint">
            {t('workshop.create.groupNamesHint')}
          </p>
          {errors.groupNames && (
            <p id={`${namesId}-error`} className="field-error" role="alert">
              {errors.groupNames}
            </p>
          )}
          <textarea
            id={namesId}
            rows={4}
            value={draft.groupNames}
            aria-describedby={errors.groupNames ? `${namesId}-hint ${namesId}-error` : `${namesId}-hint`}
            aria-invalid={errors.groupNames ? true : undefined}
            onChange={(event) => change({ groupNames: event.target.value })}
          />
        </div>
        <SelectField label={t('workshop.create.layout')} value={draft.layout} onChange={(event) => change({ layout: event.target.value as LayoutKind | '' })}>
          <option value="">{t('workshop.create.layoutDefault', { layout: layoutLabel(WORKSHOP_DEFAULTS[draft.type].layout) })}</option>
          {LAYOUT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {layoutLabel(kind)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('form.working') : t('workshop.create.submit')}
        </button>
      </form>
    </section>
  );
}
