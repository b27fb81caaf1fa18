import { useEffect, useId, useRef, useState } from 'react';
import { GOAL_SETTING_BOUNDS } from '../../../../shared/goals/goal-settings';
import { t } from '../../../../shared/i18n';
import { StatusMessage } from '../../components/Alerts';
import { TextField } from '../../components/fields';
import { newLevel, type LevelDraft } from './goal-settings-draft';

interface Props {
  levels: LevelDraft[];
  errors: ReadonlyMap<string, string>;
  onChange(levels: LevelDraft[]): void;
}

/** The levels top first: rename, reorder, add and remove. A level keeps its key whatever it is called. */
export function GoalLevelsFieldset({ levels, errors, onChange }: Props) {
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  // Moving a row moves its buttons in the DOM, which drops focus: it is put back once the rows are in place.
  const [focusAfter, setFocusAfter] = useState<{ row: string; on: 'up' | 'down' | 'name' } | 'add' | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  useEffect(() => {
    if (focusAfter === null) return;
    setFocusAfter(null);
    if (focusAfter === 'add') return addButton.current?.focus();
    const row = document.getElementById(`${id}-${focusAfter.row}`);
    if (focusAfter.on === 'name') return row?.querySelector('input')?.focus();
    const [first, other] = focusAfter.on === 'up' ? ['up', 'down'] : ['down', 'up'];
    const button = row?.querySelector<HTMLButtonElement>(`[data-move="${first}"]`);
    (button && !button.disabled ? button : row?.querySelector<HTMLButtonElement>(`[data-move="${other}"]`))?.focus();
  }, [focusAfter, id]);

  const update = (row: string, next: Partial<LevelDraft>) => onChange(levels.map((level) => (level.id === row ? { ...level, ...next } : level)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...levels];
    const [level] = next.splice(index, 1);
    next.splice(index + by, 0, level!);
    onChange(next);
    setMoved(t('goalSettings.moved', { name: level!.name.trim() || t('goalSettings.level', { number: index + 1 }), number: index + by + 1 }));
    setFocusAfter({ row: level!.id, on: by < 0 ? 'up' : 'down' });
  };
  const remove = (row: string) => {
    onChange(levels.filter((level) => level.id !== row));
    setMoved(null);
    setFocusAfter('add');
  };
  const add = () => {
    const level = newLevel();
    onChange([...levels, level]);
    setFocusAfter({ row: level.id, on: 'name' });
  };
  const countError = errors.get('levels');

  return (
    <fieldset className="setting-list" aria-describedby={`${id}-hint${countError ? ` ${id}-error` : ''}`} aria-invalid={countError ? true : undefined}>
      <legend>{t('goalSettings.levels')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('goalSettings.levelsHint')}
      </p>
      {countError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {countError}
        </p>
      )}
      <StatusMessage>{moved}</StatusMessage>
      <ol className="setting-rows">
        {levels.map((level, index) => {
          const label = t('goalSettings.level', { number: index + 1 });
          const name = level.name.trim() || label;
          return (
            <li key={level.id} id={`${id}-${level.id}`}>
              <fieldset>
                <legend>{label}</legend>
                <TextField
                  label={t('goalSettings.level.name')}
                  value={level.name}
                  maxLength={GOAL_SETTING_BOUNDS.nameLength}
                  error={errors.get(`level:${level.id}:name`)}
                  onChange={(event) => update(level.id, { name: event.target.value })}
                />
                <TextField
                  label={t('goalSettings.level.goalName')}
                  value={level.goalName}
                  maxLength={GOAL_SETTING_BOUNDS.nameLength}
                  error={errors.get(`level:${level.id}:goalName`)}
                  onChange={(event) => update(level.id, { goalName: event.target.value })}
                />
                <div className="row-actions">
                  <button type="button" data-move="up" className="button-small" disabled={index === 0} onClick={() => move(index, -1)}>
                    {t('goalSettings.level.up')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button type="button" data-move="down" className="button-small" disabled={index === levels.length - 1} onClick={() => move(index, 1)}>
                    {t('goalSettings.level.down')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  {levels.length > GOAL_SETTING_BOUNDS.levels.min && (
                    <button type="button" className="button-small" onClick={() => remove(level.id)}>
                      {t('goalSettings.level.remove')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {levels.length < GOAL_SETTING_BOUNDS.levels.max && (
        <button type="button" ref={addButton} onClick={add}>
          {t('goalSettings.level.add')}
        </button>
      )}
    </fieldset>
  );
}
