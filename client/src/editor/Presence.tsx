import { useEffect, useId, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { t } from '../../../shared/i18n';
import { readPresenceUser, type PresenceUser } from '../../../shared/sync/presence';

function presentUsers(awareness: Awareness): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const state of awareness.getStates().values()) {
    const user = readPresenceUser(state);
    if (user) byId.set(user.id, user);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

/** Who has the document open now (from awareness), one entry per person however many tabs. */
export function Presence({ awareness, selfId }: { awareness: Awareness; selfId: string }) {
  const headingId = useId();
  const [users, setUsers] = useState<PresenceUser[]>(() => presentUsers(awareness));
  useEffect(() => {
    const update = () => setUsers(presentUsers(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);

  return (
    <section className="presence" aria-labelledby={headingId}>
      <h2 id={headingId} className="presence-heading">
        {t('presence.heading')}
      </h2>
      <ul className="presence-list" data-testid="presence">
        {users.map((user) => (
          <li key={user.id}>
            <span className="avatar" style={{ backgroundColor: user.color }} aria-hidden="true">
              {initials(user.name)}
            </span>
            {user.id === selfId ? t('presence.you', { name: user.name }) : user.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
