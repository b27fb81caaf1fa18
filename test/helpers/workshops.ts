import { GUEST_COOKIE } from '../../server/auth/cookie';
import type { z } from 'zod';
import type { errorBody } from '../../shared/api/errors';
import type { JoinResult, WorkshopView } from '../../shared/api/workshops';
import type { AppHarness } from './app-harness';
import { stockholmDate } from '../../shared/calendar/stockholm-day';

export const json = async <T>(response: Response) => (await response.json()) as T;
export type Problem = z.infer<typeof errorBody>;
export type Joined = JoinResult;

/** `samsyn_guest=<token>` from a response's Set-Cookie, or null when it sets none. */
export function guestCookieFrom(response: Response): string | null {
  const header = response.headers.getSetCookie().find((line) => line.startsWith(`${GUEST_COOKIE}=`));
  return header ? header.split(';')[0]! : null;
}

/** A workshop created by the demo facilitator (the date is the harness clock's day unless given). */
export async function newWorkshop(h: AppHarness, facilitator: string, body: Record<string, unknown> = {}): Promise<WorkshopView> {
  const response = await h.request('/api/workshops', {
    method: 'POST',
    cookie: facilitator,
    body: { type: 'omvarldsdag', title: 'Omvärldsdag', date: stockholmDate(h.clock.now), groupCount: 3, ...body },
  });
  if (response.status !== 201) throw new Error(`creating a workshop: ${response.status} ${await response.text()}`);
  return (await json<{ workshop: WorkshopView }>(response)).workshop;
}

/** A guest joins by code and name; returns their cookie and what the server answered. */
export async function joinAsGuest(h: AppHarness, code: string, name: string): Promise<Joined & { cookie: string }> {
  const response = await h.request('/api/workshops/join', { method: 'POST', body: { code, name } });
  if (response.status !== 200) throw new Error(`joining as a guest: ${response.status} ${await response.text()}`);
  return { ...(await json<Joined>(response)), cookie: guestCookieFrom(response)! };
}
