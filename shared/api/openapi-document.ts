/** The OpenAPI 3.1 document of /api, generated from the route table, so it says what the server checks. */
import { z } from 'zod';
import type { FileResponse, ResponseSpec, RouteContract } from './contract';
import { errorBody } from './errors';
import type { OpenApiDocument } from './openapi';
import { API_ROUTES } from './routes';

interface OpenApiOptions {
  version: string;
  /** The cookies that carry a member's and a workshop guest's session. */
  sessionCookie: string;
  guestCookie: string;
}

type JsonObject = Record<string, unknown>;

/**
 * A request is described as sent (before defaults and transforms), a response as it arrives. A response
 * object may gain fields in a later version, so only a strict object says it takes no others.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: json }) => {
      const def = zodSchema._zod.def as { type: string; catchall?: unknown };
      if (io === 'output' && def.type === 'object' && def.catchall === undefined) delete json.additionalProperties;
    },
  });
  return rest;
}

/** `/documents/:id` → `/api/documents/{id}` */
export const openApiPath = (path: string) => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

const pathParamNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!);

const isFile = (spec: ResponseSpec): spec is FileResponse => spec !== null && 'file' in spec;

function parameters(contract: RouteContract): JsonObject[] {
  const inPath = pathParamNames(contract.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema((contract.params?.shape[name] as z.ZodType | undefined) ?? z.string(), 'input'),
  }));
  const inQuery = Object.entries(contract.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodType, 'input'),
  }));
  return [...inPath, ...inQuery];
}

function response(status: number, spec: ResponseSpec): JsonObject {
  if (spec === null) return { description: 'No content' };
  if (isFile(spec)) return { description: 'A file to save', content: Object.fromEntries(spec.file.split(/,\s*| or /).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) };
  return { description: status === 201 ? 'Created' : status < 300 ? 'OK' : 'Unavailable', content: { 'application/json': { schema: jsonSchema(spec, 'output') } } };
}

const SECURITY = { none: [], member: [{ session: [] }], 'member-or-guest': [{ session: [] }, { guest: [] }] } as const;

function operation(operationId: string, contract: RouteContract): JsonObject {
  return {
    operationId,
    summary: contract.summary,
    security: SECURITY[contract.auth],
    parameters: parameters(contract),
    ...(contract.body && { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(contract.body, 'input') } } } }),
    responses: {
      ...Object.fromEntries(Object.entries(contract.responses).map(([status, spec]) => [status, response(Number(status), spec)])),
      default: { description: 'Refused or failed: a stable code and a Swedish message, with the HTTP status', content: { 'application/json': { schema: jsonSchema(errorBody, 'output') } } },
    },
  };
}

export function openApiDocument({ version, sessionCookie, guestCookie }: OpenApiOptions): OpenApiDocument {
  const paths: Record<string, JsonObject> = {};
  for (const [operationId, contract] of Object.entries(API_ROUTES)) {
    const key = openApiPath(contract.path);
    paths[key] ??= {};
    const path = paths[key];
    path[contract.method] = operation(operationId, contract);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Samsyn API',
      version,
      description: 'JSON over HTTPS on the app’s own origin. Sign in with POST /api/auth/login (a session cookie); writes must come from the same origin. Errors: {"error":{"code","message"}} with the HTTP status.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: sessionCookie, description: 'A member’s session, set by POST /api/auth/login' },
        guest: { type: 'apiKey', in: 'cookie', name: guestCookie, description: 'A workshop guest’s session, set by POST /api/workshops/join' },
      },
    },
    paths,
  };
}
