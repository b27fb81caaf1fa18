import './facilitator.css';
import { t } from '../../../../shared/i18n';
import { formatJoinCode } from '../../../../shared/workshops/join-code';
import type { WorkshopView } from '../../../../shared/api/workshops';
import { Link } from '../../router/Link';
import { paths } from '../../router/paths';
import { workshopDateLabel, workshopTypeLabel } from './labels';

/** Workshops with type, date and groups; links to run them (facilitators) and to the presenter view. */
export function WorkshopList({ workshops, brief = false }: { workshops: WorkshopView[]; brief?: boolean }) {
  if (workshops.length === 0) return <p>{t('workshop.list.empty')}</p>;
  return (
    <ul className="workshop-list" data-testid="workshop-list">
      {workshops.map((workshop) => (
        <li key={workshop.id} className="workshop-item" data-testid="workshop-item">
          <p className="workshop-item-title">
            <strong>{workshop.title}</strong>
          </p>
          <p className="workshop-item-meta">
            {t('workshop.list.meta', { type: workshopTypeLabel(workshop.type), date: workshopDateLabel(workshop.date), groups: workshop.groups.length })}
          </p>
          {!brief && <p className="workshop-item-groups">{t('workshop.list.groups', { names: workshop.groups.map((group) => group.name).join(', ') })}</p>}
          {workshop.joinCode && (
            <p>
              {t('workshop.join.codeLabel')} <strong data-testid="workshop-join-code">{formatJoinCode(workshop.joinCode)}</strong>
            </p>
          )}
          <p className="row-actions">
            {workshop.permissions.includes('workshop.manage') && (
              <Link to={paths.workshopOverview(workshop.id)} aria-label={t('workshop.list.runNamed', { title: workshop.title })}>
                {t('workshop.list.run')}
              </Link>
            )}
            <Link to={paths.workshopPresentation(workshop)} aria-label={t('workshop.list.presentNamed', { title: workshop.title })}>
              {t('workshop.list.present')}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
