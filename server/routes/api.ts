import { Hono } from 'hono';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { adminMetricsRoutes } from './admin-metrics';
import { adminOidcRoutes } from './admin-oidc';
import { adminOrganisationRoutes } from './admin-organisation';
import { adminUserRoutes } from './admin-users';
import { authRoutes } from './auth';
import { bodyRoutes } from './bodies';
import { commentRoutes } from './comments';
import { documentRoutes } from './documents';
import { followUpRoutes } from './follow-ups';
import { goalRoutes } from './goals';
import { healthRoutes } from './health';
import { meRoutes } from './me';
import { oidcRoutes } from './oidc';
import { openApiRoutes } from './openapi';
import { revisionRoutes } from './revisions';
import { versionDiffRoutes } from './version-diff';
import { versionExportRoutes } from './version-exports';
import { versionRoutes } from './versions';
import { workshopRoutes } from './workshops';
import { workshopExportRoutes } from './workshop-exports';

/** Everything under /api: each feature mounts its own small router here. */
export function apiRoutes(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  for (const routes of [healthRoutes, openApiRoutes, authRoutes, oidcRoutes, meRoutes, bodyRoutes, documentRoutes, goalRoutes, followUpRoutes, versionRoutes, versionExportRoutes, versionDiffRoutes, revisionRoutes, commentRoutes, workshopRoutes, workshopExportRoutes, adminUserRoutes, adminOrganisationRoutes, adminOidcRoutes, adminMetricsRoutes]) {
    api.route('/', routes);
  }
  api.all('*', (c) => apiError(c, 404, 'not_found', 'error.notFound'));
  return api;
}
