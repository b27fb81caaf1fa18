import { useId } from 'react';
import type { GoalEntry } from '../../../shared/api/goals';
import { levelRank } from '../../../shared/goals/levels';
import { t } from '../../../shared/i18n';
import { messageOf } from '../api/http';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { useGoalLevels } from '../goals/useGoalLevels';
import { useRegisterGoals } from '../goals/useRegister';
import { goalStatusText } from '../goals/goal-status';
import { Link } from '../router/Link';
import { paths } from '../router/paths';

function GoalItem({ goal }: { goal: GoalEntry }) {
  return (
    <li data-testid="register-goal">
      <Link to={paths.goal(goal.id)}>{goal.title.trim() || t('goal.untitled')}</Link> {t('goal.children.of', { body: goal.bodyName ?? '–', document: goal.documentTitle })} (
      {goalStatusText(goal)})
    </li>
  );
}

function LevelSection({ name, goals }: { name: string; goals: GoalEntry[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      {goals.length === 0 ? <p>{t('goals.none')}</p> : <ul className="register-goals">{goals.map((goal) => <GoalItem key={goal.id} goal={goal} />)}</ul>}
    </section>
  );
}

/** /mal: every goal of the kommun, level by level (fastställda first), each leading to its goal page. */
export function GoalsPage() {
  const levels = useGoalLevels();
  const query = useRegisterGoals();
  const goals = query.data;
  const unknown = goals?.filter((goal) => levelRank(levels, goal.level) < 0) ?? [];
  return (
    <Page title={t('goals.heading')}>
      <p>{t('goals.intro')}</p>
      <ErrorAlert message={query.error ? messageOf(query.error) : null} />
      {!goals ? (
        !query.error && <p role="status">{t('goals.loading')}</p>
      ) : (
        <>
          {levels.map((level) => (
            <LevelSection key={level.key} name={level.goalName} goals={goals.filter((goal) => goal.level === level.key)} />
          ))}
          {unknown.length > 0 && <LevelSection name={t('goals.unknownLevel')} goals={unknown} />}
        </>
      )}
    </Page>
  );
}
