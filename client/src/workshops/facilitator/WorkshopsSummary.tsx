import { useId } from 'react';
import { t } from '../../../../shared/i18n';
import { ErrorAlert } from '../../components/Alerts';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';
import { useWorkshops } from './useWorkshops';
import { WorkshopList } from './WorkshopList';

const SHOWN = 3;

/** On the start page: the next few workshops, and a link to all of them. */
export function WorkshopsSummary() {
  const headingId = useId();
  const { workshops, error } = useWorkshops();
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('workshop.list.heading')}</h2>
      <ErrorAlert message={error} />
      {workshops === null ? !error && <p role="status">{t('app.loading')}</p> : <WorkshopList workshops={workshops.slice(0, SHOWN)} brief />}
      <p>
        <Link to={paths.workshops()}>{t('workshop.list.all')}</Link>
      </p>
    </section>
  );
}
