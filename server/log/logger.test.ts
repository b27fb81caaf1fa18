import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('writes one JSON object per line in json format, errors included', () => {
    const lines: string[] = [];
    const log = createLogger('json', 'info', (line) => lines.push(line));
    log.info('request', { method: 'GET', status: 200 });
    log.error('failed', { error: new Error('boom') });
    log.debug('hidden below the level');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'request', method: 'GET', status: 200 });
    expect(JSON.parse(lines[1]!).error).toMatchObject({ name: 'Error', message: 'boom' });
  });

  it('writes a readable key=value line in pretty format', () => {
    const lines: string[] = [];
    createLogger('pretty', 'info', (line) => lines.push(line)).warn('slow', { ms: 12 });
    expect(lines[0]).toMatch(/WARN\s+slow ms=12$/);
  });
});
