import type { CountedGoal } from '../../../shared/goals/count-rules';
import { goalCountWarnings } from '../../../shared/goals/count-warnings';
import { t } from '../../../shared/i18n';
import type { Body } from '../../../shared/api/bodies';
import { useMe } from '../session/SessionContext';

/**
 * The kommun's count rule over the goals given, each with its body: today a document's own goals, with
 * the goal register also those of the same bodies in force in other documents. Warns, never blocks.
 */
export function GoalCountWarnings({ goals, bodies }: { goals: readonly CountedGoal[]; bodies: readonly Body[] }) {
  const settings = useMe().organisation.settings;
  const names = new Map(bodies.map((body) => [body.id, body.name]));
  const warnings = goalCountWarnings(goals, settings, (id) => names.get(id));
  return (
    <div aria-live="polite" className="goal-warnings">
      {warnings.length > 0 && (
        <ul>
          {warnings.map((warning) => (
            <li key={warning.id} className="warning">
              {t(warning.messageKey, warning.params)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
