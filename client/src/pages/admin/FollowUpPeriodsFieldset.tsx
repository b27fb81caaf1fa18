import { useEffect, useId, useRef, useState } from 'react';
import { GOAL_SETTING_BOUNDS } from '../../../../shared/goals/goal-settings';
import { currentLocale, t } from '../../../../shared/i18n';
import { Checkbox, SelectField, TextField } from '../../components/fields';
import { newPeriod, type PeriodDraft } from './goal-settings-draft';

interface Props {
  periods: PeriodDraft[];
  errors: ReadonlyMap<string, string>;
  onChange(periods: PeriodDraft[]): void;
}

const DAYS = Array.from({ length: 31 }, (_, index) => String(index + 1));
const monthNames = () => {
  const format = new Intl.DateTimeFormat(currentLocale() === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => ({ value: String(index + 1), name: format.format(new Date(Date.UTC(2024, index, 1))) }));
};

/** The kommun's follow-ups of a year: name, the day they report as of, and whether their assessment is a helårsprognos. */
export function FollowUpPeriodsFieldset({ periods, errors, onChange }: Props) {
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (focusAfter === null) return;
    setFocusAfter(null);
    if (focusAfter === 'add') addButton.current?.focus();
    else document.getElementById(`${id}-${focusAfter}`)?.querySelector('input')?.focus();
  }, [focusAfter, id]);

  const update = (row: string, next: Partial<PeriodDraft>) => onChange(periods.map((period) => (period.id === row ? { ...period, ...next } : period)));
  const months = monthNames();
  const countError = errors.get('periods');

  return (
    <fieldset className="setting-list" aria-describedby={`${id}-hint${countError ? ` ${id}-error` : ''}`} aria-invalid={countError ? true : undefined}>
      <legend>{t('goalSettings.periods')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('goalSettings.periodsHint')}
      </p>
      {countError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {countError}
        </p>
      )}
      <ol className="setting-rows">
        {periods.map((period, index) => {
          const label = t('goalSettings.period', { number: index + 1 });
          return (
            <li key={period.id} id={`${id}-${period.id}`}>
              <fieldset>
                <legend>{label}</legend>
                <TextField
                  label={t('goalSettings.period.name')}
                  value={period.name}
                  maxLength={GOAL_SETTING_BOUNDS.nameLength}
                  error={errors.get(`period:${period.id}:name`)}
                  onChange={(event) => update(period.id, { name: event.target.value })}
                />
                <div className="setting-day">
                  <SelectField label={t('goalSettings.period.day')} value={period.day} error={errors.get(`period:${period.id}:asOf`)} onChange={(event) => update(period.id, { day: event.target.value })}>
                    {DAYS.map((day) => (
                      <option key={day} value={day}>
                        {day}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField label={t('goalSettings.period.month')} value={period.month} onChange={(event) => update(period.id, { month: event.target.value })}>
                    {months.map((month) => (
                      <option key={month.value} value={month.value}>
                        {month.name}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <Checkbox label={t('goalSettings.period.forecast')} checked={period.forecast} onChange={(event) => update(period.id, { forecast: event.target.checked })} />
                {periods.length > GOAL_SETTING_BOUNDS.periods.min && (
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => {
                      onChange(periods.filter((other) => other.id !== period.id));
                      setFocusAfter('add');
                    }}
                  >
                    {t('goalSettings.period.remove')}
                    <span className="visually-hidden"> {period.name.trim() || label}</span>
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {periods.length < GOAL_SETTING_BOUNDS.periods.max && (
        <button
          type="button"
          ref={addButton}
          onClick={() => {
            const period = newPeriod();
            onChange([...periods, period]);
            setFocusAfter(period.id);
          }}
        >
          {t('goalSettings.period.add')}
        </button>
      )}
    </fieldset>
  );
}
