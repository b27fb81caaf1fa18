import { useEffect, useState } from 'react';
import { t } from '../../shared/i18n';
import { fetchHealth, type Health } from './api/health';

type ServerState = { kind: 'checking' } | { kind: 'answered'; health: Health } | { kind: 'unreachable' };

function statusText(state: ServerState): string {
  if (state.kind === 'checking') return t('start.status.checking');
  if (state.kind === 'unreachable') return t('start.status.down');
  return state.health.ok ? t('start.status.ok') : t('start.status.dbDown');
}

export function StartPage() {
  const [state, setState] = useState<ServerState>({ kind: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchHealth(controller.signal).then(
      (health) => setState({ kind: 'answered', health }),
      () => {
        if (!controller.signal.aborted) setState({ kind: 'unreachable' });
      },
    );
    return () => controller.abort();
  }, []);

  const ok = state.kind === 'answered' && state.health.ok;
  return (
    <section aria-labelledby="start-heading" className="start">
      <h1 id="start-heading">{t('start.heading')}</h1>
      <p>{t('start.intro')}</p>
      <p role="status" className={`server-status ${ok ? 'is-ok' : ''}`} data-testid="server-status">
        {statusText(state)}
      </p>
      {state.kind === 'answered' && (
        <p>
          {t('start.db.label')}: {state.health.db === 'pglite' ? t('start.db.pglite') : t('start.db.postgres')}
        </p>
      )}
      <p>{t('start.documents.later')}</p>
    </section>
  );
}
