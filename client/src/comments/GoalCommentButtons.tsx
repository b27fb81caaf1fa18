import type { GoalData } from '../../../shared/goals/model';
import { t } from '../../../shared/i18n';
import { useComments } from './CommentsContext';

/**
 * "Kommentera målet" and one button per indicator: threads on a whole goal or one indicator (goal
 * anchors). Outside the goal's fieldset, which is disabled for those who may not edit but may comment.
 */
export function GoalCommentButtons({ goal, name }: { goal: GoalData; name: string }) {
  const comments = useComments();
  if (!comments?.canComment) return null;
  const { controller } = comments;
  return (
    <div className="goal-comment-buttons">
      <button type="button" className="button-small" onClick={() => controller.startOnGoal(goal.id, null, name)}>
        {t('comments.commentGoal')}
        <span className="visually-hidden"> {name}</span>
      </button>
      {goal.indicators.map((indicator, index) => (
        <button
          key={indicator.id}
          type="button"
          className="button-small"
          onClick={() => controller.startOnGoal(goal.id, indicator.id, indicator.name.trim() || t('comments.commentIndicator', { number: index + 1 }))}
        >
          {t('comments.commentIndicator', { number: index + 1 })}
          <span className="visually-hidden"> {name}</span>
        </button>
      ))}
    </div>
  );
}
