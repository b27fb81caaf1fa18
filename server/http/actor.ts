import type { Context } from 'hono';
import type { Actor } from '../accounts/users';
import type { Principal } from '../auth/principal';
import { clientIp } from './client-ip';
import type { AppEnv } from './env';

/** The principal as the author of a change, for commands and the audit log. */
export function actorOf(c: Context<AppEnv>, principal: Principal): Actor & { userId: string } {
  return { organisationId: principal.organisation.id, userId: principal.user.id, at: c.var.services.clock(), ip: clientIp(c) };
}
