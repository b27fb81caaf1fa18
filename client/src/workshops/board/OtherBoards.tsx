import { useId } from 'react';
import { t } from '../../../../shared/i18n';
import type { ControlState } from '../../../../shared/workshops/control';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { OtherGroupBoard } from './OtherGroupBoard';
import type { Votes } from './useVotes';

interface Props {
  workshop: WorkshopView;
  ownGroupId: string;
  control: ControlState;
  votes: Votes;
}

/**
 * "Övriga gruppers kort" below the participant's own board while voting is open: the vote is meant to
 * prioritise across every table's results, not only the participant's own table's.
 */
export function OtherBoards({ workshop, ownGroupId, control, votes }: Props) {
  const headingId = useId();
  const others = workshop.groups.filter((group) => group.id !== ownGroupId);
  const tallies = control.votesRevealed ? control.tallies : null;
  return (
    <section className="other-boards" aria-labelledby={headingId} data-testid="other-boards">
      <h2 id={headingId}>{t('workshop.board.others.heading')}</h2>
      <p className="hint">{others.length === 0 ? t('workshop.board.others.none') : t('workshop.board.others.intro')}</p>
      {others.map((group) => (
        <OtherGroupBoard key={group.id} workshopId={workshop.id} group={group} layout={workshop.layout} votes={votes} tallies={tallies} />
      ))}
    </section>
  );
}
