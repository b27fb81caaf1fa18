import { z } from 'zod';
import { route } from './contract';

const openApiShape = z.object({
  openapi: z.literal('3.1.0'),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  servers: z.array(z.object({ url: z.string() })),
  components: z.record(z.string(), z.unknown()),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof openApiShape>;

export const getOpenApi = route({
  method: 'get',
  path: '/openapi.json',
  summary: 'This description of the API (OpenAPI 3.1), generated from the schemas the server validates with. It holds no data.',
  auth: 'none',
  responses: { 200: openApiShape },
});

export const openApiContracts = { getOpenApi };
