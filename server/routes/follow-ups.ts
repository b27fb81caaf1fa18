import { Hono } from 'hono';
import * as api from '../../shared/api/follow-ups';
import { can } from '../../shared/auth/permissions';
import { documentResource } from '../documents/resource';
import { findDocuments } from '../documents/queries';
import { createFollowUp } from '../goals/create-follow-up';
import { followUpSummaries } from '../goals/follow-up-summary';
import { refreshGoalRegister } from '../goals/refresh-register';
import { actorOf } from '../http/actor';
import type { AppEnv } from '../http/env';
import { ApiProblem } from '../http/errors';
import { authorize, ownOrganisation, requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseJson, uuidParam } from '../http/validate';

export const followUpRoutes = new Hono<AppEnv>()
  .post(api.createFollowUp.path, async (c) => {
    const principal = authorize(c, 'document.create', ownOrganisation);
    const input = await parseJson(c, api.createFollowUp.body);
    const db = c.var.database.db;
    const documentId = await createFollowUp(db, actorOf(c, principal), principal.organisation.settings.followUpPeriods, input);
    await refreshGoalRegister(db, documentId);
    return respond(c, api.createFollowUp, 201, { documentId });
  })
  .get(api.followUpSummaryRoute.path, async (c) => {
    const principal = requirePrincipal(c);
    const db = c.var.database.db;
    const documentId = uuidParam(c, 'documentId');
    const [row] = await findDocuments(db, { organisationId: principal.organisation.id, id: documentId, includeArchived: true });
    if (!row || !can(principal.subject, 'document.read', documentResource(row.document, principal.organisation.settings))) {
      throw new ApiProblem(404, 'document_not_found', 'error.documentNotFound');
    }
    if (row.document.followUpPeriod === null) throw new ApiProblem(404, 'not_follow_up', 'error.followUp.notFollowUp');
    const summary = (await followUpSummaries(db, [documentId])).get(documentId)!;
    return respond(c, api.followUpSummaryRoute, 200, summary);
  });
