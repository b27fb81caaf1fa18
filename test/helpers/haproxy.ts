import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rootDir } from '../../server/config/paths';
import { freePort } from './server-process';

const HAPROXY = '/usr/sbin/haproxy';

export const haproxyInstalled = spawnSync(HAPROXY, ['-v']).status === 0;

export interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/**
 * HAProxy from Debian in front of Samsyn processes: round robin, WebSocket upgrades passed through,
 * each backend checked on /api/health, and a connection to a stopped backend retried on another:
 * docs/deploy/haproxy.cfg itself, with loopback addresses.
 */
export async function startHaproxy(backends: string[]): Promise<LoadBalancer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'samsyn-haproxy-'));
  const file = path.join(dir, 'haproxy.cfg');
  writeFileSync(file, haproxyConfig(port, backends));
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${output}`);
    const answered = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (answered) break;
    if (Date.now() - started > 10_000) throw new Error(`haproxy did not answer:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The example configuration of docs/deploy/haproxy.cfg, listening on `port` in front of `backends`. */
function haproxyConfig(port: number, backends: string[]): string {
  const example = readFileSync(path.join(rootDir, 'docs', 'deploy', 'haproxy.cfg'), 'utf8');
  const servers = backends.map((backend, i) => `    server samsyn${i + 1} ${new URL(backend).host} check inter 500 fall 2 rise 2`).join('\n');
  const config = example
    .replace(/^ {4}bind .*$/m, `    bind 127.0.0.1:${port}`)
    .replace(/(^ {4}server samsyn\d .*\n?)+/m, `${servers}\n`);
  if (!config.includes(`bind 127.0.0.1:${port}`) || !config.includes(servers)) throw new Error('docs/deploy/haproxy.cfg no longer has the bind and server lines this helper replaces');
  return config;
}
