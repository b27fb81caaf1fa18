import { useId } from 'react';
import { t } from '../../../../shared/i18n';
import { TextField } from '../../components/fields';
import type { GoalSettingsDraft } from './goal-settings-draft';

interface Props {
  draft: GoalSettingsDraft;
  errors: ReadonlyMap<string, string>;
  onChange(next: Partial<GoalSettingsDraft>): void;
}

/** The count rule: a maximum per level (seed 004), or one in total with the top level's goals (seed 001). */
export function GoalCountRuleFieldset({ draft, errors, onChange }: Props) {
  const id = useId();
  const top = draft.levels[0]?.name.trim() || t('goalSettings.level', { number: 1 });
  const setLevelMax = (row: string, max: string) => onChange({ levels: draft.levels.map((level) => (level.id === row ? { ...level, max } : level)) });

  return (
    <fieldset className="setting-list">
      <legend>{t('goalSettings.rule')}</legend>
      <div className="radio">
        <input type="radio" id={`${id}-per-level`} name={`${id}-rule`} checked={draft.ruleKind === 'perLevel'} aria-describedby={`${id}-per-level-hint`} onChange={() => onChange({ ruleKind: 'perLevel' })} />
        <label htmlFor={`${id}-per-level`}>{t('goalSettings.rule.perLevel')}</label>
        <p id={`${id}-per-level-hint`} className="hint">
          {t('goalSettings.rule.perLevelHint')}
        </p>
      </div>
      {draft.ruleKind === 'perLevel' && (
        <div className="radio-details">
          {draft.levels.map((level, index) => (
            <TextField
              key={level.id}
              label={t('goalSettings.rule.levelMax', { level: level.name.trim() || t('goalSettings.level', { number: index + 1 }) })}
              inputMode="numeric"
              size={4}
              value={level.max}
              error={errors.get(`max:${level.id}`)}
              onChange={(event) => setLevelMax(level.id, event.target.value)}
            />
          ))}
        </div>
      )}
      <div className="radio">
        <input type="radio" id={`${id}-total`} name={`${id}-rule`} checked={draft.ruleKind === 'totalWithTop'} aria-describedby={`${id}-total-hint`} onChange={() => onChange({ ruleKind: 'totalWithTop' })} />
        <label htmlFor={`${id}-total`}>{t('goalSettings.rule.totalWithTop')}</label>
        <p id={`${id}-total-hint`} className="hint">
          {t('goalSettings.rule.totalWithTopHint', { top })}
        </p>
      </div>
      {draft.ruleKind === 'totalWithTop' && (
        <div className="radio-details">
          <TextField label={t('goalSettings.rule.totalMax')} inputMode="numeric" size={4} value={draft.totalMax} error={errors.get('total')} onChange={(event) => onChange({ totalMax: event.target.value })} />
        </div>
      )}
    </fieldset>
  );
}
