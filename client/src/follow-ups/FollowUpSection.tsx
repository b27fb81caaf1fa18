import './follow-ups.css';
import { useId } from 'react';
import { summariseAssessments } from '../../../shared/goals/follow-up';
import { followUpArray, readFollowUp } from '../../../shared/goals/follow-up-document';
import { t } from '../../../shared/i18n';
import type { CollabRoom } from '../editor/collab-room';
import { useMe } from '../session/SessionContext';
import { useYChanges } from '../goals/live-goals';
import { FollowUpBlock } from './FollowUpBlock';
import { FollowUpCounts } from './FollowUpCounts';
import { followUpPeriod, useFollowUpPeriods } from './follow-up-periods';
import { liveBlocks } from './live-follow-up';
import { goalNoun } from './summary-text';

/** An uppföljning's goals, live from its Y.Doc: the counts at the top, then one block per goal. */
export function FollowUpSection({ room, period, editable }: { room: CollabRoom; period: string; editable: boolean }) {
  const headingId = useId();
  const levels = useMe().organisation.settings.goalLevels;
  useYChanges(room.ydoc.getMap<unknown>('fields'));
  const periods = useFollowUpPeriods();
  const followUp = followUpPeriod(period, periods);
  const goals = readFollowUp(room.ydoc);
  const blocks = liveBlocks(room.ydoc);
  const summary = summariseAssessments(goals.map((goal) => goal.assessment));
  // Nothing until the blocks have come from the server (or this browser's copy): not "0 of 0" first.
  if (!followUp || !followUpArray(room.ydoc)) return null;

  return (
    <section aria-labelledby={headingId} className="goals follow-up" data-testid="follow-up">
      <h2 id={headingId}>{t('followUp.page.heading', { period: followUp.label })}</h2>
      <FollowUpCounts summary={summary} noun={goalNoun(levels, goals.map((goal) => goal.goal.level))} />
      {goals.length === 0 && <p className="hint">{t('followUp.counts.empty')}</p>}
      {goals.map((goal, index) => {
        const block = blocks.get(goal.goalId);
        return (
          block && (
            <FollowUpBlock
              key={goal.goalId}
              block={block}
              data={goal}
              number={index + 1}
              year={followUp.year}
              forecast={followUp.setting?.forecast ?? false}
              editable={editable}
            />
          )
        );
      })}
    </section>
  );
}
