import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log/logger';
import { documentRoom } from '../../shared/sync/rooms';
import { SyncHarness, synced, until } from '../helpers/sync-harness';
import { driverUnderTest } from '../helpers/test-database';

describe(`the log warns only of real writes a read-only connection sends, on ${driverUnderTest}`, () => {
  let h: SyncHarness;
  const logLines: string[] = [];
  const dropped = (room: string) => logLines.filter((line) => line.includes('dropped writes') && line.includes(room));
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    h = await SyncHarness.start({}, { log: createLogger('json', 'debug', (line) => logLines.push(line)) });
    for (const who of ['politiker', 'revisor']) cookies[who] = await h.login(`${who}@exempelkommun.se`);
  });
  afterAll(() => h.stop());

  it('says nothing of a reader that syncs, reconnects with what it already has and only reads', async () => {
    const id = await h.createDocument();
    const room = documentRoom(id);
    const editor = h.client(room, cookies.politiker!);
    await synced(editor);
    editor.doc.getText('body').insert(0, 'Text som alla ser. ');
    editor.doc.getText('body').delete(0, 5);
    const reader = h.client(room, cookies.revisor!);
    await synced(reader);
    await until(() => reader.doc.getText('body').toString().includes('som alla ser'), 'the reader to see the text');
    // A reconnect answers the server's sync step 1 with everything the reader holds: nothing new.
    reader.provider.disconnect();
    reader.provider.connect();
    await synced(reader);
    editor.doc.getText('body').insert(0, 'Mer. ');
    await until(() => reader.doc.getText('body').toString().startsWith('Mer. '), 'the reader to see the next edit');
    expect(dropped(room)).toEqual([]);

    // A write it may not make is still dropped, and named in the log once.
    reader.doc.getText('body').insert(0, 'Revisorns egen text');
    reader.doc.getText('body').insert(0, 'och mer');
    await until(() => dropped(room).length > 0, 'the dropped write in the log');
    expect(dropped(room)).toHaveLength(1);
    expect(editor.doc.getText('body').toString()).not.toContain('Revisorns');
    editor.destroy();
    reader.destroy();
  });
});
