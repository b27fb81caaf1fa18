import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { organisationSettings } from '../../shared/domain/organisation-settings';
import { ROLES } from '../../shared/domain/roles';
import { WORKSHOP_LIMIT_BOUNDS } from '../../shared/workshops/limits';
import { audit } from '../audit/audit-log';
import type { AppDb } from '../db/database';
import { organisations } from '../db/schema';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { authorize, ownOrganisation } from '../http/guards';
import { parseChanges } from '../http/validate';

const limit = (name: keyof typeof WORKSHOP_LIMIT_BOUNDS) => z.number().int().min(WORKSHOP_LIMIT_BOUNDS[name].min).max(WORKSHOP_LIMIT_BOUNDS[name].max);

const settingsBody = z
  .object({
    restrictEditingToBodyMembers: z.boolean(),
    lockRoles: z.array(z.enum(ROLES)).min(1),
    commentsOnLockedDocuments: z.boolean(),
    maxGoals: z
      .object({
        kf: z.number().int().min(1).max(50).nullable(),
        namnd: z.number().int().min(1).max(50).nullable(),
        forvaltning: z.number().int().min(1).max(50).nullable(),
      })
      .partial(),
    revisionRetentionDays: z.number().int().min(1).max(3650),
    workshopLimits: z.object({ maxCardsPerBoard: limit('maxCardsPerBoard'), maxCardsPerParticipant: limit('maxCardsPerParticipant'), maxCardTextLength: limit('maxCardTextLength') }).partial(),
  })
  .partial();

/** Per-kommun settings (see shared/domain/organisation-settings.ts): admins only. */
export const adminOrganisationRoutes = new Hono<AppEnv>()
  .get('/admin/organisation', (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const { id, name, slug, settings } = principal.organisation;
    return c.json({ organisation: { id, name, slug, settings } });
  })
  .patch('/admin/organisation', async (c) => {
    const principal = authorize(c, 'org.admin', ownOrganisation);
    const changes = await parseChanges(c, z.object({ settings: settingsBody }));
    const current = principal.organisation.settings;
    const settings = organisationSettings({
      ...current,
      ...changes.settings,
      maxGoals: { ...current.maxGoals, ...changes.settings.maxGoals },
      workshopLimits: { ...current.workshopLimits, ...changes.settings.workshopLimits },
    });
    const actor = actorOf(c, principal);
    await c.var.database.db.transaction(async (tx) => {
      await tx.update(organisations).set({ settings: { ...settings } }).where(eq(organisations.id, actor.organisationId));
      await audit(tx as unknown as AppDb, { action: 'organisation.settings_changed', organisationId: actor.organisationId, actorUserId: actor.userId, details: changes.settings, ip: actor.ip, at: actor.at });
    });
    void c.var.services.events.changed({ kind: 'organisation', organisationId: actor.organisationId });
    const { id, name, slug } = principal.organisation;
    return c.json({ organisation: { id, name, slug, settings } });
  });
