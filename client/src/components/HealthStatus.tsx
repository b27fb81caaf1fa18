import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { t } from '../../../shared/i18n';
import { fetchHealth } from '../api/health';
import type { Health } from '../../../shared/api/health';
import { onServerReached } from '../offline/server-reached';
import { queryKeys } from '../query/query-keys';

type ServerState = { kind: 'checking' } | { kind: 'answered'; health: Health } | { kind: 'unreachable' };

function statusText(state: ServerState): string {
  if (state.kind === 'checking') return t('start.status.checking');
  if (state.kind === 'unreachable') return t('start.status.down');
  return state.health.ok ? t('start.status.ok') : t('start.status.dbDown');
}

/**
 * A small line at the foot of every page: is the server (and its database) answering? It asks again the
 * moment a live room reaches the server or the browser is back online, so it never contradicts the
 * connection badge for long.
 */
export function HealthStatus() {
  const query = useQuery({ queryKey: queryKeys.health, queryFn: ({ signal }) => fetchHealth(signal) });
  const { refetch } = query;
  useEffect(() => onServerReached(() => void refetch()), [refetch]);
  const state: ServerState = query.isSuccess ? { kind: 'answered', health: query.data } : query.isError ? { kind: 'unreachable' } : { kind: 'checking' };

  const ok = state.kind === 'answered' && state.health.ok;
  return (
    <footer className="app-footer">
      <p role="status" className={`server-status ${ok ? 'is-ok' : ''}`} data-testid="server-status">
        {statusText(state)}
      </p>
      {state.kind === 'answered' && (
        <p>
          {t('start.db.label')}: {state.health.db === 'pglite' ? t('start.db.pglite') : t('start.db.postgres')}
        </p>
      )}
    </footer>
  );
}
