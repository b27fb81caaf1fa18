import { useId, type ReactNode } from 'react';
import type { GoalDetail } from '../../../shared/api/goals';
import { summariseAssessments, periodLabel, parsePeriodRef } from '../../../shared/goals/follow-up';
import { assessmentCountsText, assessmentLabel } from '../../../shared/goals/follow-up-labels';
import { goalPeriodText } from '../../../shared/goals/goal-text';
import { levelName } from '../../../shared/goals/levels';
import { t } from '../../../shared/i18n';
import { messageOf } from '../api/http';
import { ErrorAlert } from '../components/Alerts';
import { Page } from '../components/Page';
import { goalStatusText } from '../goals/goal-status';
import { useGoalLevels } from '../goals/useGoalLevels';
import { useRegisterGoal } from '../goals/useRegister';
import { Link } from '../router/Link';
import type { RouteParams } from '../router/paths';
import { paths } from '../router/paths';
import { useMe } from '../session/SessionContext';

type Assessed = GoalDetail['assessments'][number];

function useAssessmentText() {
  const periods = useMe().organisation.settings.followUpPeriods;
  return (entry: Assessed | null) => {
    if (!entry) return t('assessment.none');
    const period = periods.find((candidate) => candidate.key === parsePeriodRef(entry.period)?.key);
    const label = entry.assessment ? t(`assessment.${entry.assessment}`) : t('assessment.none');
    const kind = period ? `${assessmentLabel(period)}: ` : '';
    return t('goal.page.assessmentAt', { assessment: `${kind}${label}`, period: periodLabel(entry.period, periods) });
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}


/** /mal/:id: one goal, its parent, the goals that contribute to it (with their latest assessment) and its own assessments. */
export function GoalPage({ params }: { params: RouteParams }) {
  const query = useRegisterGoal(params.id ?? '');
  const levels = useGoalLevels();
  const assessmentText = useAssessmentText();
  const goal = query.data;
  if (!goal) {
    return (
      <Page title={t('goals.heading')}>
        <ErrorAlert message={query.error ? messageOf(query.error) : null} />
        {!query.error && <p role="status">{t('goals.loading')}</p>}
      </Page>
    );
  }
  const counts = summariseAssessments(goal.children.map((child) => child.latestAssessment?.assessment ?? null));
  return (
    <Page title={goal.title.trim() || t('goal.untitled')}>
      <dl className="goal-facts">
        <dt>{t('goal.page.level')}</dt>
        <dd>{levelName(levels, goal.level) ?? '–'}</dd>
        <dt>{t('goal.page.body')}</dt>
        <dd>{goal.bodyName ?? '–'}</dd>
        <dt>{t('goal.page.document')}</dt>
        <dd>
          <Link to={paths.document(goal.documentId)}>{goal.documentTitle}</Link>
        </dd>
        <dt>{t('goal.page.status')}</dt>
        <dd>
          {goalStatusText(goal)}
          {goal.decision && ` – ${t('goal.page.decision', { body: goal.decision.body, date: goal.decision.date, paragraph: goal.decision.paragraph })}`}
        </dd>
        <dt>{t('goal.page.period')}</dt>
        <dd>{goalPeriodText(goal) ?? '–'}</dd>
      </dl>
      {goal.content.viljeinriktningText.trim() && (
        <Section title={t('goal.viljeinriktning')}>
          {goal.content.viljeinriktningText.split('\n').map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one text have no other identity
            <p key={index}>{line}</p>
          ))}
        </Section>
      )}
      <Section title={t('goal.page.parent')}>
        {goal.parent ? (
          <p>
            <Link to={paths.goal(goal.parent.id)}>{goal.parent.title.trim() || t('goal.untitled')}</Link> {t('goal.children.of', { body: goal.parent.bodyName ?? '–', document: goal.parent.documentTitle })} ({goalStatusText(goal.parent)})
            {goal.parent.changedSince && goal.parentVersion !== null && <> – {t('goal.parent.changedSince', { pinned: goal.parentVersion, version: goal.parent.version ?? goal.parentVersion })}</>}
          </p>
        ) : (
          <p>{t('goal.page.noParent')}</p>
        )}
      </Section>
      <Section title={t('goal.children.heading')}>
        {goal.children.length === 0 ? (
          <p>{t('goal.children.none')}</p>
        ) : (
          <>
            <p data-testid="children-counts">{t('goal.page.childrenCount', { counts: assessmentCountsText(counts) })}</p>
            <table className="contributing-table" data-testid="children">
              <thead>
                <tr>
                  <th scope="col">{t('goal.page.col.goal')}</th>
                  <th scope="col">{t('goal.page.col.body')}</th>
                  <th scope="col">{t('goal.page.col.status')}</th>
                  <th scope="col">{t('goal.page.col.assessment')}</th>
                </tr>
              </thead>
              <tbody>
                {goal.children.map((child) => (
                  <tr key={child.id}>
                    <th scope="row">
                      <Link to={paths.goal(child.id)}>{child.title.trim() || t('goal.untitled')}</Link>
                    </th>
                    <td>{child.bodyName ?? '–'}</td>
                    <td>{goalStatusText(child)}</td>
                    <td>{assessmentText(child.latestAssessment)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Section>
      <Section title={t('goal.page.assessments')}>
        {goal.assessments.length === 0 ? (
          <p>{t('goal.page.noAssessments')}</p>
        ) : (
          <ul>
            {goal.assessments.map((entry) => (
              <li key={`${entry.documentId}:${entry.period}`}>
                <Link to={paths.document(entry.documentId)}>{assessmentText(entry)}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
