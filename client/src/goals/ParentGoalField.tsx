import { useState } from 'react';
import type * as Y from 'yjs';
import type { GoalEntry } from '../../../shared/api/goals';
import { levelName, levelRank, levelsAbove } from '../../../shared/goals/levels';
import { setParentGoal, type GoalData } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { StatusMessage } from '../components/Alerts';
import { SelectField } from '../components/fields';
import { useGoalLevels } from './useGoalLevels';

interface ParentGoalFieldProps {
  goal: Y.Map<unknown>;
  data: GoalData;
  /** Every goal of the kommun the user may read (the goal register). */
  register: readonly GoalEntry[];
}

function optionLabel(entry: GoalEntry, levelPrefix: string | null): string {
  const title = entry.title.trim() || t('goal.untitled');
  const named = levelPrefix ? `${levelPrefix}: ${title}` : title;
  if (entry.version === null) return t('goal.parent.optionDraft', { title: named, document: entry.documentTitle });
  if (!entry.decision) return t('goal.parent.optionInForce', { title: named, document: entry.documentTitle, version: entry.version });
  return t('goal.parent.optionInForceDecision', { title: named, document: entry.documentTitle, version: entry.version, body: entry.decision.body, date: entry.decision.date, paragraph: entry.decision.paragraph });
}

/**
 * "Överordnat mål": the goals of the levels above from every document of the kommun, fastställda first
 * (with version and decision), then drafts. The link is pinned to the version chosen; when the parent has
 * changed since, the field says so and offers to link to the version now in force.
 */
export function ParentGoalField({ goal, data, register }: ParentGoalFieldProps) {
  const levels = useGoalLevels();
  const [status, setStatus] = useState('');
  const top = data.level !== null && levelRank(levels, data.level) === 0;
  const above = levelsAbove(levels, data.level);
  const candidates = register.filter((entry) => entry.id !== data.id && (data.level === null || above.includes(entry.level ?? '')));
  const inForce = candidates.filter((entry) => entry.version !== null);
  const drafts = candidates.filter((entry) => entry.version === null);
  const current = register.find((entry) => entry.id === data.parentGoalId);
  // Several levels above: each option says whose goal it is.
  const prefix = (entry: GoalEntry) => (above.length > 1 || data.level === null ? levelName(levels, entry.level) : null);
  const pinned = data.parentVersion ?? null;
  const stale = current && current.version !== null && (pinned === null || (current.unchangedSince !== null && current.unchangedSince > pinned));
  const hint = top ? t('goal.parent.topLevel') : data.level === null ? t('goal.parent.chooseLevel') : undefined;

  const choose = (id: string) => {
    const entry = register.find((candidate) => candidate.id === id);
    setParentGoal(goal, id || null, entry?.version ?? null);
  };
  const pinToCurrent = () => {
    if (!current?.version) return;
    setParentGoal(goal, current.id, current.version);
    setStatus(t('goal.parent.pinned', { version: current.version }));
  };

  return (
    <div className="parent-goal">
      <SelectField label={t('goal.parent')} hint={hint} value={data.parentGoalId ?? ''} onChange={(event) => choose(event.target.value)} data-testid="parent-goal">
        <option value="">{t('goal.parent.none')}</option>
        {data.parentGoalId && !candidates.some((entry) => entry.id === data.parentGoalId) && (
          <option value={data.parentGoalId}>{current ? optionLabel(current, levelName(levels, current.level)) : t('goal.parent.unknown')}</option>
        )}
        {inForce.length > 0 && (
          <optgroup label={t('goal.parent.inForce')}>
            {inForce.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {optionLabel(entry, prefix(entry))}
              </option>
            ))}
          </optgroup>
        )}
        {drafts.length > 0 && (
          <optgroup label={t('goal.parent.drafts')}>
            {drafts.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {optionLabel(entry, prefix(entry))}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {stale && (
        <p className="notice parent-changed" data-testid="parent-changed">
          {pinned === null ? t('goal.parent.nowInForce', { version: current.version! }) : t('goal.parent.changedSince', { pinned, version: current.version! })}{' '}
          <button type="button" className="button-small" onClick={pinToCurrent}>
            {t('goal.parent.pinTo', { version: current.version! })}
          </button>
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}
