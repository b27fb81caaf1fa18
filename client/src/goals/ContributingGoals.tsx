import type { GoalEntry } from '../../../shared/api/goals';
import { t } from '../../../shared/i18n';
import { goalStatusText } from './goal-status';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

/** The goals in the kommun's documents that name this goal as their parent, as the register has them now. */
export function ContributingGoals({ goalId, register }: { goalId: string; register: readonly GoalEntry[] }) {
  const children = register.filter((entry) => entry.parentGoalId === goalId);
  return (
    // Not a labelled region: every goal has one, and a page of regions with one name helps nobody.
    <div className="contributing-goals" data-testid="contributing-goals">
      <h4>{t('goal.children.heading')}</h4>
      {children.length === 0 ? (
        <p className="hint">{t('goal.children.none')}</p>
      ) : (
        <ul>
          {children.map((child) => (
            <li key={child.id}>
              <Link to={paths.goal(child.id)}>{child.title.trim() || t('goal.untitled')}</Link>{' '}
              {t('goal.children.of', { body: child.bodyName ?? '–', document: child.documentTitle })}{' '}
              ({goalStatusText(child)})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
