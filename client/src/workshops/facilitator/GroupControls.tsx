import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import type { ControlState } from '../../../../shared/workshops/control';
import { hidesCardsIn } from '../../../../shared/workshops/workshop';
import type { ControlChange } from '../../api/workshops';
import type { WorkshopGroup } from '../../../../shared/api/workshops';
import { Checkbox, SelectField } from '../../components/fields';
import { useHiddenCardCounts } from './useHiddenCardCounts';

const PLENARY = '';

interface Props {
  workshopId: string;
  groups: WorkshopGroup[];
  control: ControlState;
  busy: boolean;
  send(change: ControlChange): void;
}

/** What the projector shows (a group's board or the plenary), reveal of votes, and a lock per board. */
export function GroupControls({ workshopId, groups, control, busy, send }: Props) {
  const hiddenCounts = useHiddenCardCounts(workshopId, control.cardsHidden);
  const headingId = useId();
  const hideHintId = useId();
  const hidingBarred = !control.cardsHidden && !hidesCardsIn({ anonymous: control.anonymous });
  const [shown, setShown] = useState<string>(control.presentedGroupId ?? PLENARY);
  const presentedName = groups.find((group) => group.id === control.presentedGroupId)?.name;
  const present = (event: FormEvent) => {
    event.preventDefault();
    send({ presentedGroupId: shown === PLENARY ? null : shown });
  };
  const toggleLock = (groupId: string, locked: boolean) => {
    const others = control.lockedGroups.filter((id) => id !== groupId);
    send({ lockedGroupIds: locked ? [...others, groupId] : others });
  };
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('workshop.fac.screen')}</h2>
      <p data-testid="presented-now">{presentedName ? t('workshop.fac.presentingGroup', { name: presentedName }) : t('workshop.fac.presentingPlenary')}</p>
      <form className="inline-form" onSubmit={present}>
        <SelectField label={t('workshop.fac.presentSelect')} value={shown} onChange={(event) => setShown(event.target.value)}>
          <option value={PLENARY}>{t('workshop.fac.plenary')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" disabled={busy}>
          {t('workshop.fac.presentSubmit')}
        </button>
      </form>
      <h3>{t('workshop.fac.votes')}</h3>
      <p>{control.votesRevealed ? t('workshop.fac.votesShown') : t('workshop.fac.votesHidden')}</p>
      <button type="button" disabled={busy} onClick={() => send({ revealVotes: !control.votesRevealed })}>
        {control.votesRevealed ? t('workshop.fac.hideVotes') : t('workshop.fac.revealVotes')}
      </button>
      <h3>{t('workshop.fac.cards')}</h3>
      <p data-testid="cards-hidden-state">{control.cardsHidden ? t('workshop.fac.cardsHidden') : t('workshop.fac.cardsVisible')}</p>
      {control.cardsHidden && hiddenCounts && (
        <ul data-testid="hidden-counts">
          {groups.map((group) => (
            <li key={group.id}>{t('workshop.fac.hiddenCount', { name: group.name, count: hiddenCounts[group.id] ?? 0 })}</li>
          ))}
        </ul>
      )}
      {hidingBarred && (
        <p id={hideHintId} className="hint">
          {t('workshop.fac.hideAnonymousHint')}
        </p>
      )}
      <button type="button" disabled={busy || hidingBarred} aria-describedby={hidingBarred ? hideHintId : undefined} onClick={() => send({ cardsHidden: !control.cardsHidden })}>
        {control.cardsHidden ? t('workshop.fac.revealCards') : t('workshop.fac.hideCards')}
      </button>
      <h3>{t('workshop.fac.locks')}</h3>
      <p className="hint">{t('workshop.fac.locksHint')}</p>
      {groups.map((group) => (
        <Checkbox
          key={group.id}
          label={t('workshop.fac.lockGroup', { name: group.name })}
          checked={control.lockedGroups.includes(group.id)}
          disabled={busy}
          onChange={(event) => toggleLock(group.id, event.target.checked)}
        />
      ))}
    </section>
  );
}
