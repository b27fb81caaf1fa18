import { useId } from 'react';
import type * as Y from 'yjs';
import { addIndicator, type GoalData } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { IndicatorRow } from './IndicatorRow';
import { liveIndicators } from './live-goals';

/** The goal's period as years ('2027' …); at most 12 columns, none until a period is given. */
function periodYears(data: GoalData): string[] {
  const from = data.periodFrom ?? data.periodTo;
  const to = data.periodTo ?? data.periodFrom;
  if (from === null || to === null || to < from || to - from > 11) return [];
  return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
}

/** Indicators, one group of fields each: name, method, source, baseline, a target per year and gender split; add and remove. */
export function IndicatorTable({ goal, data, editable, goalHeadingId }: { goal: Y.Map<unknown>; data: GoalData; editable: boolean; goalHeadingId: string }) {
  const headingId = useId();
  const years = periodYears(data);
  const live = liveIndicators(goal);
  return (
    <section aria-labelledby={`${headingId} ${goalHeadingId}`} className="indicators">
      <h4 id={headingId}>{t('goal.indicators')}</h4>
      {years.length === 0 && <p className="hint">{t('editor.goal.targetsNeedPeriod')}</p>}
      {live.length > 0 && (
        <fieldset className="goal-fields" disabled={!editable} aria-labelledby={`${headingId} ${goalHeadingId}`}>
          <ol className="indicator-list">
            {live.map((indicator, index) => {
              const row = data.indicators[index];
              return row ? <IndicatorRow key={row.id} goal={goal} indicator={indicator} data={row} number={index + 1} years={years} editable={editable} /> : null;
            })}
          </ol>
        </fieldset>
      )}
      {editable && (
        <button type="button" className="button-small" onClick={() => addIndicator(goal)}>
          {t('goal.indicator.add')}
        </button>
      )}
    </section>
  );
}
