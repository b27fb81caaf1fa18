import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { fetchOrganisation } from '../../api/admin-organisation';
import { createBody, fetchBodies } from '../../api/bodies';
import { messageOf } from '../../api/http';
import type { Body, Organisation } from '../../api/types';
import { buildTree } from '../../bodies/tree';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { Page } from '../../components/Page';
import { useSession } from '../../session/SessionContext';
import { BodyForm } from './BodyForm';
import { BodyItem } from './BodyItem';
import { SettingsForm } from './SettingsForm';
import { WorkshopLimitsForm } from './WorkshopLimitsForm';

// The server's order: sortOrder, then name (server/routes/present-me.ts).
const treeOrder = (a: Body, b: Body) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv');

/** /admin/organisation: the body tree and the organisation's document rules. */
export function OrganisationPage() {
  const { reload } = useSession();
  const treeId = useId();
  const addId = useId();
  const treeHeading = useRef<HTMLHeadingElement>(null);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [bodies, setBodies] = useState<Body[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([fetchOrganisation(controller.signal), fetchBodies(controller.signal)]).then(
      ([loadedOrganisation, loadedBodies]) => {
        setOrganisation(loadedOrganisation);
        setBodies(loadedBodies);
      },
      (failure) => {
        if (!controller.signal.aborted) setError(messageOf(failure));
      },
    );
    return () => controller.abort();
  }, []);

  const put = (body: Body) => setBodies((list) => [...(list ?? []).filter((candidate) => candidate.id !== body.id), body].sort(treeOrder));

  return (
    <Page title={t('admin.org.title')} wide>
      {organisation && <p>{t('admin.org.intro', { organisation: organisation.name })}</p>}
      <ErrorAlert message={error} />
      {bodies === null || organisation === null ? (
        !error && <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <section aria-labelledby={treeId} className="panel">
            <h2 id={treeId} ref={treeHeading} tabIndex={-1}>
              {t('admin.bodies.heading')}
            </h2>
            <p>{t('admin.bodies.intro')}</p>
            <StatusMessage>{status}</StatusMessage>
            {bodies.length === 0 ? (
              <p>{t('admin.bodies.empty')}</p>
            ) : (
              <ul className="body-tree" aria-labelledby={treeId} data-testid="body-tree">
                {buildTree(bodies).map((node) => (
                  <BodyItem
                    key={node.body.id}
                    node={node}
                    bodies={bodies}
                    onSaved={(body) => {
                      put(body);
                      setStatus(t('admin.bodies.saved', { name: body.name }));
                    }}
                    onDeleted={(body) => {
                      setBodies((list) => (list ?? []).filter((candidate) => candidate.id !== body.id));
                      setStatus(t('admin.bodies.deleted', { name: body.name }));
                      requestAnimationFrame(() => treeHeading.current?.focus());
                    }}
                  />
                ))}
              </ul>
            )}
            <h3 id={addId}>{t('admin.bodies.add.heading')}</h3>
            <BodyForm
              bodies={bodies}
              submitLabel={t('admin.bodies.add.submit')}
              save={async (fields) => {
                const body = await createBody(fields);
                put(body);
                setStatus(t('admin.bodies.created', { name: body.name }));
              }}
            />
          </section>
          <SettingsForm
            organisation={organisation}
            onSaved={(updated) => {
              setOrganisation(updated);
              void reload(); // Me carries the settings too
            }}
          />
          <WorkshopLimitsForm organisation={organisation} onSaved={setOrganisation} />
        </>
      )}
    </Page>
  );
}
