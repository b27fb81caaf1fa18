import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { messageOf } from '../../api/http';
import { fetchParticipants, moveParticipant } from '../../api/workshops';
import type { ParticipantView, WorkshopGroup } from '../../../../shared/api/workshops';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { queryClient } from '../../query/query-client';
import { queryKeys } from '../../query/query-keys';
import { useSubmit } from '../../forms/useSubmit';
import type { ConnectedPerson } from './useConnected';

const REFRESH_MS = 5000;
const NO_GROUP = '';

/** Participants with their group; the facilitator moves one to another group (select + button). */
export function ParticipantsPanel({ workshopId, groups, connected }: { workshopId: string; groups: WorkshopGroup[]; connected: ConnectedPerson[] }) {
  const headingId = useId();
  const key = queryKeys.participants(workshopId);
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchParticipants(workshopId, signal), refetchInterval: REFRESH_MS });
  const participants = query.data ?? null;
  const moving = useSubmit();
  const error = moving.error ?? (query.error ? messageOf(query.error) : null);
  const [status, setStatus] = useState<string | null>(null);

  const groupName = (id: string | null) => groups.find((group) => group.id === id)?.name ?? t('workshop.fac.noGroup');
  const move = (participant: ParticipantView, groupId: string | null) =>
    moving.run(async () => {
      await moveParticipant(workshopId, participant.id, groupId);
      await queryClient.refetchQueries({ queryKey: key, exact: true });
      setStatus(t('workshop.fac.moved', { name: participant.name, group: groupName(groupId) }));
    });

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('workshop.fac.participants')}</h2>
      <ErrorAlert message={error} />
      <StatusMessage>{status}</StatusMessage>
      {participants === null ? (
        !error && <p role="status">{t('app.loading')}</p>
      ) : participants.length === 0 ? (
        <p>{t('workshop.fac.noParticipants')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('workshop.fac.name')}</th>
                <th scope="col">{t('workshop.fac.group')}</th>
                <th scope="col">{t('workshop.fac.status')}</th>
                <th scope="col">{t('workshop.fac.move')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => (
                <ParticipantRow key={participant.id} participant={participant} groups={groups} groupName={groupName} connected={connected} onMove={move} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  participant: ParticipantView;
  groups: WorkshopGroup[];
  groupName(id: string | null): string;
  connected: ConnectedPerson[];
  onMove(participant: ParticipantView, groupId: string | null): Promise<unknown>;
}

function ParticipantRow({ participant, groups, groupName, connected, onMove }: RowProps) {
  const selectId = useId();
  const [target, setTarget] = useState(participant.groupId ?? NO_GROUP);
  const { busy, run } = useSubmit();
  const online = connected.filter((person) => person.name === participant.name);
  const status = online.length === 0 ? t('workshop.fac.offline') : online.some((person) => person.done) ? t('workshop.fac.done') : t('workshop.fac.online');
  return (
    <tr>
      <th scope="row">
        {participant.name} {participant.guest && <span className="muted">{t('workshop.fac.guest')}</span>}
      </th>
      <td>{groupName(participant.groupId)}</td>
      <td>{status}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => onMove(participant, target === NO_GROUP ? null : target));
          }}
        >
          <label htmlFor={selectId} className="visually-hidden">
            {t('workshop.fac.moveLabel', { name: participant.name })}
          </label>
          <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value={NO_GROUP}>{t('workshop.fac.noGroup')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button-small" disabled={busy || target === (participant.groupId ?? NO_GROUP)} aria-label={t('workshop.fac.moveNamed', { name: participant.name })}>
            {t('workshop.fac.moveSubmit')}
          </button>
        </form>
      </td>
    </tr>
  );
}
