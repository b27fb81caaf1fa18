import type { BodyType } from '../../../shared/domain/bodies';
import type { Role } from '../../../shared/domain/roles';
import { t } from '../../../shared/i18n';

export const roleLabel = (role: Role) => t(`role.${role}`);

export const bodyTypeLabel = (type: BodyType) => t(`body.type.${type}`);

export const bodyLabel = (body: { name: string; shortName: string | null }) =>
  body.shortName ? `${body.name} (${body.shortName})` : body.name;

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium' });

/** "15 jan. 2027": dates are always shown the Swedish way. */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
