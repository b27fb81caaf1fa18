import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './server-process';

const REDIS = '/usr/bin/redis-server';

/** Whether Debian's redis-server is installed; CI installs it, so there the cluster tests never skip. */
const redisInstalled = spawnSync(REDIS, ['--version']).status === 0;

/** Why the cluster tests skip here, or null when they run (they need Redis and a PostgreSQL server). */
export function clusterTestsSkipReason(driver: string): string | null {
  if (driver !== 'postgres') return 'the cluster tests run against PostgreSQL (the embedded database serves one process)';
  if (redisInstalled) return null;
  if (process.env.CI) throw new Error('CI must install redis-server (apt-get install redis-server): the cluster tests may not skip there');
  return 'redis-server is not installed (apt-get install redis-server)';
}

export interface RedisServer {
  url: string;
  /** Stops it (SIGTERM by default); `start` brings it back on the same port, empty. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
}

/** A throwaway Redis on a free port on loopback: no persistence, nothing kept after it stops. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child!.stdout!.on('data', () => {
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child!.once('exit', () => reject(new Error(`redis-server exited:\n${output}`)));
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async stop(signal = 'SIGTERM') {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill(signal);
      await exited;
    },
  };
}
