import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { ErrorAlert, StatusMessage } from '../components/Alerts';
import { Page } from '../components/Page';
import { useMe } from '../session/SessionContext';
import { CreateWorkshopForm } from '../workshops/facilitator/CreateWorkshopForm';
import { useWorkshops, workshopAdded } from '../workshops/facilitator/useWorkshops';
import { WorkshopList } from '../workshops/facilitator/WorkshopList';

/** /workshoppar: the organisation's workshops; facilitators create new ones here. */
export function WorkshopsPage() {
  const me = useMe();
  const { workshops, error } = useWorkshops();
  const [created, setCreated] = useState<string | null>(null);
  const mayCreate = me.permissions.includes('workshop.facilitate');
  return (
    <Page title={t('workshop.list.heading')} wide>
      <p>{t('workshop.list.intro')}</p>
      <ErrorAlert message={error} />
      <StatusMessage>{created && t('workshop.create.done', { title: created })}</StatusMessage>
      {workshops === null ? !error && <p role="status">{t('app.loading')}</p> : <WorkshopList workshops={workshops} />}
      {mayCreate && (
        <CreateWorkshopForm
          onCreated={(workshop) => {
            workshopAdded(workshop);
            setCreated(workshop.title);
          }}
        />
      )}
    </Page>
  );
}
