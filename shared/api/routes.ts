/**
 * Every route under /api, by operation name: the table the OpenAPI document is generated from and the
 * route test holds the app to (a route the app serves without a contract here fails it).
 */
import { adminMetricsContracts } from './admin-metrics';
import { adminOrganisationContracts } from './admin-organisation';
import { adminUserContracts } from './admin-users';
import { authContracts } from './auth';
import { bodyContracts } from './bodies';
import { commentContracts } from './comments';
import type { RouteContract } from './contract';
import { documentContracts } from './documents';
import { followUpContracts } from './follow-ups';
import { goalContracts } from './goals';
import { healthContracts } from './health';
import { meContracts } from './me';
import { oidcContracts } from './oidc';
import { openApiContracts } from './openapi';
import { revisionContracts } from './revisions';
import { versionDiffContracts } from './version-diff';
import { versionExportContracts } from './version-exports';
import { versionContracts } from './versions';
import { workshopContracts } from './workshops';
import { workshopExportContracts } from './workshop-exports';

export const API_ROUTES: Readonly<Record<string, RouteContract>> = {
  ...healthContracts,
  ...openApiContracts,
  ...authContracts,
  ...oidcContracts,
  ...meContracts,
  ...bodyContracts,
  ...documentContracts,
  ...goalContracts,
  ...followUpContracts,
  ...versionContracts,
  ...versionExportContracts,
  ...versionDiffContracts,
  ...revisionContracts,
  ...commentContracts,
  ...workshopContracts,
  ...workshopExportContracts,
  ...adminUserContracts,
  ...adminOrganisationContracts,
  ...adminMetricsContracts,
};
