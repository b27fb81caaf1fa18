import type { OrganisationAction } from '../../../shared/auth/permissions';
import type { BodyType } from '../../../shared/domain/bodies';
import type { OrganisationSettings } from '../../../shared/domain/organisation-settings';
import type { Role } from '../../../shared/domain/roles';

/** Shapes of the JSON the server sends (dates arrive as ISO strings). */
export interface Organisation {
  id: string;
  name: string;
  slug: string;
  settings: OrganisationSettings;
}

export interface Me {
  user: { id: string; email: string; name: string };
  organisation: Organisation;
  role: Role;
  bodies: Array<{ id: string; name: string; shortName: string | null; type: BodyType }>;
  permissions: OrganisationAction[];
}

export interface Body {
  id: string;
  organisationId: string;
  parentId: string | null;
  type: BodyType;
  name: string;
  shortName: string | null;
  sortOrder: number;
  createdAt: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  bodyIds: string[];
  createdAt: string;
}
