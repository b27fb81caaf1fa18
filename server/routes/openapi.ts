import { Hono } from 'hono';
import { getOpenApi, type OpenApiDocument } from '../../shared/api/openapi';
import { openApiDocument } from '../../shared/api/openapi-document';
import { GUEST_COOKIE, SESSION_COOKIE } from '../auth/cookie';
import type { AppEnv } from '../http/env';
import { respond } from '../http/respond';
import packageJson from '../../package.json' with { type: 'json' };

/** Built on first request: the document only changes with the code. */
let document: OpenApiDocument | undefined;

/** The API's description for a kommun's own systems (diarium, BI): open to anyone, it holds no data. */
export const openApiRoutes = new Hono<AppEnv>().get(getOpenApi.path, (c) => {
  document ??= openApiDocument({ version: packageJson.version, sessionCookie: SESSION_COOKIE, guestCookie: GUEST_COOKIE });
  return respond(c, getOpenApi, 200, document);
});
