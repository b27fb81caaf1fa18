import { request as httpRequest } from 'node:http';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { auditLog, documents, loginFailures } from '../../server/db/schema';
import { createLogger } from '../../server/log/logger';
import { AppHarness } from '../helpers/app-harness';
import { SyncHarness } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

const MB = 1024 * 1024;
const tooLargeMessage = 'Begäran är för stor (högst 1 MB).';

/** A JSON login body of about `bytes` bytes: a valid shape, so only its size can refuse it. */
const loginOfSize = (bytes: number) => JSON.stringify({ email: 'admin@exempelkommun.se', password: 'x'.repeat(bytes) });

describe(`request body limit on ${driverUnderTest}`, () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  beforeEach(() => h.reset());
  afterAll(() => h.dispose());

  const rows = async () => ({
    documents: (await h.db.select({ n: count() }).from(documents))[0]!.n,
    audit: (await h.db.select({ n: count() }).from(auditLog))[0]!.n,
    attempts: (await h.db.select({ n: count() }).from(loginFailures))[0]!.n,
  });

  const post = (path: string, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}, cookie?: string) =>
    h.app.request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', ...(cookie ? { cookie } : {}), ...headers },
      body,
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit);

  it('refuses an unauthenticated login body over 1 MB with 413 and a Swedish message, before checking any password', async () => {
    const before = await rows();
    const body = loginOfSize(2 * MB);
    const response = await post('/api/auth/login', body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'body_too_large', message: tooLargeMessage } });
    expect(h.hasher.verifyCalls).toBe(0);
    expect(await rows()).toEqual(before);
  });

  it('refuses a document body over 1 MB, with or without a Content-Length, and creates nothing', async () => {
    const cookie = await h.login('tjansteperson@exempelkommun.se');
    const before = await rows();
    const body = JSON.stringify({ type: 'mal', title: 'x'.repeat(2 * MB) });
    const declared = await post('/api/documents', body, { 'content-length': String(body.length) }, cookie);
    expect(declared.status).toBe(413);
    // No Content-Length: the body is counted as it streams and cut off at the limit.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 100 * MB) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await post('/api/documents', stream, {}, cookie);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: { message: string } }).error.message).toBe(tooLargeMessage);
    expect(sent).toBeLessThan(2 * MB);
    expect(await rows()).toEqual(before);
  });

  it('still takes a body just under the limit', async () => {
    const body = loginOfSize(MB - 100);
    const response = await post('/api/auth/login', body, { 'content-length': String(body.length) });
    // Read in full and validated: the password is longer than any password may be.
    expect(response.status).toBe(400);
  });

  it('takes its limit from the app (MAX_BODY_BYTES)', async () => {
    const limited = createApp({ database: h.test.database, log: createLogger('silent'), maxBodyBytes: 2048 });
    const body = loginOfSize(4096);
    const response = await limited.request('http://localhost/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost', 'content-length': String(body.length) }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Begäran är för stor (högst 2 kB).');
  });
});

describe(`request body limit on the real server (${driverUnderTest})`, () => {
  let s: SyncHarness;
  beforeAll(async () => {
    s = await SyncHarness.start();
  });
  afterAll(() => s.stop());

  it('answers a chunked 100 MB login with 413 long before it has all arrived', async () => {
    const url = new URL('/api/auth/login', s.server.url);
    let written = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', origin: s.server.url, 'transfer-encoding': 'chunked' } });
      let answered = false;
      request.on('response', (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', (error) => (answered ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!answered && written < 100 * MB) {
          written += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        if (!answered) request.end();
      };
      request.write('{"email":"admin@exempelkommun.se","password":"');
      pump();
    });
    expect(status).toBe(413);
    expect(written).toBeLessThan(20 * MB);
  });
});
