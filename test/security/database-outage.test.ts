import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../helpers/app-harness';
import { allowServerErrors } from '../helpers/server-errors';
import { driverUnderTest } from '../helpers/test-database';

describe(`the API while the database is away, on ${driverUnderTest}`, () => {
  let h: AppHarness;
  let cookie: string;
  beforeAll(async () => {
    h = await AppHarness.create();
    await h.reset();
    cookie = await h.login('admin@exempelkommun.se');
    await h.test.database.close(); // every query from now on fails as in an outage
    allowServerErrors();
  });
  afterAll(() => h.dispose().catch(() => {}));

  it('answers 503 with Retry-After and a Swedish message, not 500, on a route that needs the database', async () => {
    for (const path of ['/api/me', '/api/documents']) {
      const response = await h.request(path, { cookie });
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({ error: { code: 'database_unavailable', message: 'Databasen svarar inte just nu.' } });
    }
  });
});
