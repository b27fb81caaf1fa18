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
  /** `passwordChangeRequired`: signed in with a password someone else chose; every other page waits until they choose their own. */
  user: { id: string; email: string; name: string; passwordChangeRequired: boolean };
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
