import { Hono } from 'hono';
import * as api from '../../shared/api/goals';
import { goalDetail, listGoals } from '../goals/goal-queries';
import type { AppEnv } from '../http/env';
import { requirePrincipal } from '../http/guards';
import { respond } from '../http/respond';
import { parseQuery, uuidParam } from '../http/validate';

export const goalRoutes = new Hono<AppEnv>()
  .get(api.listGoals.path, async (c) => {
    const principal = requirePrincipal(c);
    const filter = parseQuery(c, api.listGoals.query);
    return respond(c, api.listGoals, 200, { goals: await listGoals(c.var.database.db, principal, filter) });
  })
  .get(api.getGoal.path, async (c) => {
    const principal = requirePrincipal(c);
    return respond(c, api.getGoal, 200, { goal: await goalDetail(c.var.database.db, principal, uuidParam(c, 'id')) });
  });
