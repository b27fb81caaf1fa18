import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { fetchOrganisation } from '../../api/admin-organisation';
import { createBody } from '../../api/bodies';
import { messageOf } from '../../api/http';
import type { Organisation } from '../../../../shared/api/organisations';
import { buildTree } from '../../bodies/tree';
import { bodyDeleted, bodySaved, useBodies } from '../../bodies/useBodies';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { Page } from '../../components/Page';
import { queryClient } from '../../query/query-client';
import { queryKeys } from '../../query/query-keys';
import { useSession } from '../../session/SessionContext';
import { BodyForm } from './BodyForm';
import { BodyItem } from './BodyItem';
import { GoalSettingsForm } from './GoalSettingsForm';
import { OidcSettingsSection } from './OidcSettingsSection';
import { SettingsForm } from './SettingsForm';
import { WorkshopLimitsForm } from './WorkshopLimitsForm';

/** /admin/organisation: the body tree, the organisation's document rules, its goal settings and workshop limits. */
export function OrganisationPage() {
  const { reload } = useSession();
  const treeId = useId();
  const addId = useId();
  const treeHeading = useRef<HTMLHeadingElement>(null);
  const organisationQuery = useQuery({ queryKey: queryKeys.adminOrganisation, queryFn: ({ signal }) => fetchOrganisation(signal) });
  const bodiesQuery = useBodies();
  const organisation = organisationQuery.data ?? null;
  const bodies = bodiesQuery.data ?? null;
  const failure = organisationQuery.error ?? bodiesQuery.error;
  const error = failure ? messageOf(failure) : null;
  const [status, setStatus] = useState<string | null>(null);

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
                      bodySaved(body);
                      setStatus(t('admin.bodies.saved', { name: body.name }));
                    }}
                    onDeleted={(body) => {
                      bodyDeleted(body);
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
                bodySaved(body);
                setStatus(t('admin.bodies.created', { name: body.name }));
              }}
            />
          </section>
          <SettingsForm
            organisation={organisation}
            onSaved={(updated) => {
              queryClient.setQueryData<Organisation>(queryKeys.adminOrganisation, updated);
              void reload(); // Me carries the settings too
            }}
          />
          <GoalSettingsForm
            organisation={organisation}
            onSaved={(updated) => {
              queryClient.setQueryData<Organisation>(queryKeys.adminOrganisation, updated);
              void reload(); // goal documents take the levels and rules from Me
            }}
          />
          <WorkshopLimitsForm organisation={organisation} onSaved={(updated) => queryClient.setQueryData<Organisation>(queryKeys.adminOrganisation, updated)} />
          <OidcSettingsSection bodies={bodies} />
        </>
      )}
    </Page>
  );
}
