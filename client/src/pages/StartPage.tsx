import { useId } from 'react';
import { t } from '../../../shared/i18n';
import { Page } from '../components/Page';
import { bodyLabel, bodyTypeLabel, roleLabel } from '../format/labels';
import { useMe } from '../session/SessionContext';

/** Where a signed-in user lands: their organisation, role and bodies; the document list comes here. */
export function StartPage() {
  const me = useMe();
  const documentsId = useId();
  return (
    <Page title={t('start.heading')}>
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
      <section aria-labelledby={documentsId}>
        <h2 id={documentsId}>{t('start.documents.heading')}</h2>
        <p className="placeholder">{t('start.documents.placeholder')}</p>
      </section>
    </Page>
  );
}
