import './follow-ups.css';
import { useId } from 'react';
import { summariseAssessments } from '../../../shared/goals/follow-up';
import { followUpBlocks, readFollowUpBlock } from '../../../shared/goals/follow-up-document';
import { t } from '../../../shared/i18n';
import type { CollabRoom } from '../editor/collab-room';
import { useYChanges } from '../goals/live-goals';
import { useMe } from '../session/SessionContext';
import { FollowUpBlock } from './FollowUpBlock';
import { FollowUpCounts } from './FollowUpCounts';
import { shownPeriod, useFollowUpPeriods } from './follow-up-periods';
import { goalNoun } from '../../../shared/goals/follow-up-labels';

/** An uppföljning's goals, live from its Y.Doc: the counts at the top, then one block per goal. */
export function FollowUpSection({ room, period, editable }: { room: CollabRoom; period: string; editable: boolean }) {
  const headingId = useId();
  const levels = useMe().organisation.settings.goalLevels;
  const fields = room.ydoc.getMap<unknown>('fields');
  useYChanges(fields);
  const shown = shownPeriod(room.ydoc, period, useFollowUpPeriods());
  const goals = followUpBlocks(room.ydoc).flatMap((block) => {
    const data = readFollowUpBlock(block);
    return data ? [{ block, data }] : [];
  });
  // Nothing until the blocks have come from the server (or this browser's copy): not "0 of 0" first.
  if (!shown || !fields.has('followUp')) return null;
  const summary = summariseAssessments(goals.map(({ data }) => data.assessment));

  return (
    <section aria-labelledby={headingId} className="goals follow-up" data-testid="follow-up">
      <h2 id={headingId}>{t('followUp.page.heading', { period: shown.label })}</h2>
      <FollowUpCounts summary={summary} noun={goalNoun(levels, goals.map(({ data }) => data.goal.level))} />
      {goals.length === 0 && <p className="hint">{t('followUp.counts.empty')}</p>}
      {goals.map(({ block, data }, index) => (
        <FollowUpBlock key={data.goalId} block={block} data={data} number={index + 1} year={shown.year} forecast={shown.forecast} editable={editable} />
      ))}
    </section>
  );
}
