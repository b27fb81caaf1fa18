import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { rootDir } from '../../server/config/paths';
import { recordServerErrorsIn } from './server-errors';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function baseEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // Start from a clean slate so the test's own DATABASE_URL or NODE_ENV never leaks in unasked.
  const { DATABASE_URL: _url, NODE_ENV: _env, PORT: _port, HOST: _host, DATA_DIR: _dir, ...rest } = process.env;
  return { ...rest, ...env };
}

const serverEntry = path.join(rootDir, 'dist', 'server', 'main.js');

/** Runs the built server until it exits by itself (e.g. a refused configuration). */
export function runServerToExit(env: Record<string, string | undefined>, timeoutMs = 20_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverEntry], { env: baseEnv(env), cwd: rootDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the built server (dist/server/main.js) as a child process and waits until it listens. */
export async function startServerProcess(env: Record<string, string | undefined>, fixedPort?: number): Promise<ServerProcess> {
  const port = fixedPort ?? (await freePort());
  const child = spawn(process.execPath, [serverEntry], {
    env: baseEnv({ PORT: String(port), HOST: '127.0.0.1', ...env }),
    cwd: rootDir,
  });
  let output = '';
  let scanned = 0;
  child.stdout!.on('data', (chunk) => {
    output += chunk;
    // Whole lines only: a request line split across chunks is read once it is complete.
    const end = output.lastIndexOf('\n') + 1;
    if (end > scanned) recordServerErrorsIn(output.slice(scanned, end));
    scanned = Math.max(scanned, end);
  });
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 30 s:\n${output}`)), 30_000);
    const check = () => {
      if (output.includes('Samsyn is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error(`server exited before it started:\n${output}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
