import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import { DocumentList } from '../documents/DocumentList';
import { bodyLabel, bodyTypeLabel, roleLabel } from '../format/labels';
import { useMe } from '../session/SessionContext';
import { WorkshopsSummary } from '../workshops/facilitator/WorkshopsSummary';

/** Where a signed-in user lands: their organisation, role and bodies; and the document list. */
export function StartPage() {
  const me = useMe();
  return (
    <Page title={t('start.heading')} wide>
      <p>{t('start.intro')}</p>
      <dl className="facts">
        <dt>{t('start.organisation')}</dt>
        <dd data-testid="organisation-name">{me.organisation.name}</dd>
        <dt>{t('start.role')}</dt>
        <dd>{roleLabel(me.role)}</dd>
        <dt>{t('start.bodies')}</dt>
        <dd>
          {me.bodies.length === 0 ? (
            t('start.noBodies')
          ) : (
            <ul>
              {me.bodies.map((body) => (
                <li key={body.id}>
                  {bodyLabel(body)} – {bodyTypeLabel(body.type)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <DocumentList />
      <WorkshopsSummary />
    </Page>
  );
}
