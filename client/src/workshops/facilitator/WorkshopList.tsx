import './facilitator.css';
import { t } from '../../../../shared/i18n';
import { formatJoinCode } from '../../../../shared/workshops/join-code';
import type { WorkshopView } from '../../api/workshops';
import { Link } from '../../router/Link';
import { workshopDateLabel, workshopTypeLabel } from './labels';

export const overviewPath = (id: string) => `/workshop/${id}/ledning`;
/** The presenter view: by join code when it is known (an address to type on the projector's computer). */
export const presentationPath = ({ id, joinCode }: Pick<WorkshopView, 'id' | 'joinCode'>) => (joinCode ? `/w/${joinCode}/present` : `/workshop/${id}/presentation`);

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
              <Link to={overviewPath(workshop.id)} aria-label={t('workshop.list.runNamed', { title: workshop.title })}>
                {t('workshop.list.run')}
              </Link>
            )}
            <Link to={presentationPath(workshop)} aria-label={t('workshop.list.presentNamed', { title: workshop.title })}>
              {t('workshop.list.present')}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
