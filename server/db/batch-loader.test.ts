import { describe, expect, it } from 'vitest';
import { BatchLoader } from './batch-loader';

/** A loader over a table in memory that records every batch it was asked for and can hold one back. */
function recordingLoader(windowMs = 0) {
  const batches: string[][] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const table = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);
  const loader = new BatchLoader(async (keys: string[]) => {
    batches.push(keys);
    // Read at the query's start, as a database does; the answer may arrive later.
    const read = new Map(keys.flatMap((key) => (table.has(key) ? [[key, table.get(key)!] as const] : [])));
    if (hold) {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }
    return read;
  }, windowMs);
  const holdNext = () => {
    hold = true;
  };
  const releaseHeld = () => {
    hold = false;
    release?.();
  };
  return { loader, batches, table, holdNext, release: releaseHeld };
}

describe('BatchLoader', () => {
  it('loads the keys asked for together in one batch, a key asked twice once, and an unknown key as undefined', async () => {
    const { loader, batches } = recordingLoader();
    const answers = await Promise.all(['a', 'b', 'a', 'x'].map((key) => loader.load(key)));
    expect(answers).toEqual([1, 2, 1, undefined]);
    expect(batches).toEqual([['a', 'b', 'x']]);
  });

  it('gathers keys asked for within its window into one batch', async () => {
    const { loader, batches } = recordingLoader(20);
    const first = loader.load('a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await Promise.all([first, loader.load('b')])).toEqual([1, 2]);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('answers a key asked for while a batch is on its way from the next batch, never from the older read', async () => {
    const { loader, batches, table, holdNext, release } = recordingLoader();
    holdNext();
    const before = loader.load('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([['a']]);
    table.set('a', 10);
    const after = loader.load('a');
    release();
    expect(await before).toBe(1);
    expect(await after).toBe(10);
    expect(batches).toEqual([['a'], ['a']]);
  });

  it('rejects every key of a failed batch, and loads again on the next ask', async () => {
    let fail = true;
    const loader = new BatchLoader(async (keys: string[]) => {
      if (fail) throw new Error('database unavailable');
      return new Map(keys.map((key) => [key, key.length]));
    });
    await expect(Promise.all([loader.load('a'), loader.load('bb')])).rejects.toThrow('database unavailable');
    fail = false;
    expect(await loader.load('bb')).toBe(2);
  });
});
