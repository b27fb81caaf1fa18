import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as api from '../../shared/api/admin-organisation';
import { organisationSettings } from '../../shared/domain/organisation-settings';
import { goalSettingsProblems } from '../../shared/goals/goal-settings';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { organisations } from '../db/schema';
import { actorOf } from '../http/actor';
import { ApiProblem } from '../http/errors';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';
import { respond } from '../http/respond';
import { parseChanges } from '../http/validate';

/** Per-kommun settings (see shared/domain/organisation-settings.ts): admins only. */
export const adminOrganisationRoutes = new Hono<AppEnv>()
  .get(api.getOrganisation.path, (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const { id, name, slug, settings } = principal.organisation;
    return respond(c, api.getOrganisation, 200, { organisation: { id, name, slug, settings } });
  })
  .patch(api.updateOrganisation.path, async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const changes = await parseChanges(c, api.updateOrganisation.body);
    const current = principal.organisation.settings;
    const settings = organisationSettings({
      ...current,
      ...changes.settings,
      workshopLimits: { ...current.workshopLimits, ...changes.settings.workshopLimits },
    });
    const [problem] = goalSettingsProblems(settings);
    if (problem) throw new ApiProblem(400, 'invalid_goal_settings', problem.messageKey, problem.params);
    const actor = actorOf(c, principal);
    await c.var.database.db.transaction(async (tx) => {
      await tx.update(organisations).set({ settings: { ...settings } }).where(eq(organisations.id, actor.organisationId));
      await audit(tx as unknown as AppDb, { action: 'organisation.settings_changed', organisationId: actor.organisationId, actorUserId: actor.userId, details: changes.settings, ip: actor.ip, at: actor.at });
    });
    void c.var.services.events.changed({ kind: 'organisation', organisationId: actor.organisationId });
    const { id, name, slug } = principal.organisation;
    return respond(c, api.updateOrganisation, 200, { organisation: { id, name, slug, settings } });
  });
