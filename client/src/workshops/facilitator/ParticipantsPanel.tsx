import { useCallback, useEffect, useId, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { messageOf } from '../../api/http';
import { fetchParticipants, moveParticipant, type ParticipantView, type WorkshopGroup } from '../../api/workshops';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import type { ConnectedPerson } from './useConnected';

const REFRESH_MS = 5000;
const NO_GROUP = '';

/** Participants with their group; the facilitator moves one to another group (select + button). */
export function ParticipantsPanel({ workshopId, groups, connected }: { workshopId: string; groups: WorkshopGroup[]; connected: ConnectedPerson[] }) {
  const headingId = useId();
  const [participants, setParticipants] = useState<ParticipantView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = useCallback(
    (signal?: AbortSignal) =>
      fetchParticipants(workshopId, signal).then(
        (list) => {
          setParticipants(list);
          setError(null);
        },
        (failure: unknown) => {
          if (!signal?.aborted) setError(messageOf(failure));
        },
      ),
    [workshopId],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    const refresh = setInterval(() => void load(controller.signal), REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(refresh);
    };
  }, [load]);

  const groupName = (id: string | null) => groups.find((group) => group.id === id)?.name ?? t('workshop.fac.noGroup');
  const move = async (participant: ParticipantView, groupId: string | null) => {
    try {
      await moveParticipant(workshopId, participant.id, groupId);
      await load();
      setStatus(t('workshop.fac.moved', { name: participant.name, group: groupName(groupId) }));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

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
  onMove(participant: ParticipantView, groupId: string | null): Promise<void>;
}

function ParticipantRow({ participant, groups, groupName, connected, onMove }: RowProps) {
  const selectId = useId();
  const [target, setTarget] = useState(participant.groupId ?? NO_GROUP);
  const [busy, setBusy] = useState(false);
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
            setBusy(true);
            void onMove(participant, target === NO_GROUP ? null : target).finally(() => setBusy(false));
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
