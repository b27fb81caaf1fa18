import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './server-process';

const HAPROXY = '/usr/sbin/haproxy';

export const haproxyInstalled = spawnSync(HAPROXY, ['-v']).status === 0;

export interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/**
 * HAProxy from Debian in front of Samsyn processes: round robin, WebSocket upgrades passed through,
 * each backend checked on /api/health, and a connection to a stopped backend retried on another —
 * the configuration docs/deploy.md shows, with loopback addresses.
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

function haproxyConfig(port: number, backends: string[]): string {
  const servers = backends.map((backend, i) => `    server samsyn${i + 1} ${new URL(backend).host} check inter 500 fall 2 rise 2`).join('\n');
  return `global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    retries 3
    option redispatch

frontend samsyn
    bind 127.0.0.1:${port}
    default_backend samsyn_processes

backend samsyn_processes
    balance roundrobin
    option httpchk GET /api/health
    http-check expect status 200
${servers}
`;
}
