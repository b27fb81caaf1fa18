import { useId } from 'react';
import type * as Y from 'yjs';
import { setAssessment, type FollowUpGoalData } from '../../../shared/goals/follow-up-document';
import { t } from '../../../shared/i18n';
import { AssessmentField } from './AssessmentField';
import { FollowUpTextEditor } from './FollowUpTextEditor';
import { GoalFacts } from './GoalFacts';
import { IndicatorOutcome } from './IndicatorOutcome';
import { blockFragment } from './live-follow-up';

interface FollowUpBlockProps {
  block: Y.Map<unknown>;
  data: FollowUpGoalData;
  number: number;
  year: number;
  forecast: boolean;
  editable: boolean;
}

/** One goal of an uppföljning: the goal as fastställd (read-only), its outcomes, the bedömning, analysis and actions. */
export function FollowUpBlock({ block, data, number, year, forecast, editable }: FollowUpBlockProps) {
  const id = useId();
  const heading = `${id}-heading`;
  const name = `${number}. ${data.goal.title.trim() || t('goal.untitled')}`;
  const texts = [
    ['analysis', 'followUp.analysis'],
    ['actions', 'followUp.actions'],
  ] as const;

  return (
    <article className="goal follow-up-goal" aria-labelledby={heading} data-testid="follow-up-goal">
      <h3 id={heading} className="goal-heading">
        {name}
      </h3>
      <GoalFacts data={data} />
      <section className="indicators" aria-labelledby={`${id}-indicators ${heading}`}>
        <h4 id={`${id}-indicators`}>{t('followUp.indicators.heading')}</h4>
        {data.goal.indicators.length === 0 ? (
          <p className="hint">{t('followUp.indicators.none')}</p>
        ) : (
          <ul className="follow-up-indicators">
            {data.goal.indicators.map((indicator) => (
              <IndicatorOutcome key={indicator.id} block={block} indicator={indicator} outcome={data.outcomes[indicator.id]} year={year} editable={editable} />
            ))}
          </ul>
        )}
      </section>
      <AssessmentField value={data.assessment} onChange={(value) => setAssessment(block, value)} forecast={forecast} goalHeadingId={heading} disabled={!editable} />
      {texts.map(([key, label]) => {
        const fragment = blockFragment(block, key);
        return (
          fragment && (
            <div key={key} className="field follow-up-text">
              <p id={`${id}-${key}`} className="label">
                <span>{t(label)}</span>
                <span className="visually-hidden"> {name}</span>
              </p>
              <FollowUpTextEditor fragment={fragment} editable={editable} labelledBy={`${id}-${key}`} />
            </div>
          )
        );
      })}
    </article>
  );
}
