import { useId } from 'react';
import type { GoalHint } from '../../../shared/goals/checks';
import { t } from '../../../shared/i18n';

/** Named after the goal too ("Tips för målet 2. …"), so each goal's landmark is unique. The goal's SMARTA and styrmodell hints: advice beside the goal, never a block on typing. */
export function GoalHints({ hints, goalHeadingId }: { hints: GoalHint[]; goalHeadingId: string }) {
  const headingId = useId();
  return (
    <aside className="goal-hints" aria-labelledby={`${headingId} ${goalHeadingId}`}>
      <h4 id={headingId}>{t('goal.hints')}</h4>
      {hints.length === 0 ? (
        <p>{t('goal.hints.none')}</p>
      ) : (
        <ul>
          {hints.map((hint, index) => (
            <li key={`${hint.code}-${hint.indicatorId ?? index}`} className={`hint-${hint.severity}`}>
              {t(hint.messageKey, hint.params)}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
