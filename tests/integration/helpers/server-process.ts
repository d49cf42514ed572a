import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  output: string[];
  url: string;
  /** SIGKILL: nothing gets to flush. */
  kill(): Promise<void>;
  /** SIGTERM: the server stores pending documents and exits. */
  stop(): Promise<void>;
}

/**
 * The standalone server as a child process, as `npm run server` starts it (tsx), but as ONE process
 * (`node --import tsx`): `npx tsx` puts npx and a tsx wrapper in front, and a signal must hit the
 * server itself. The process group is signalled anyway (detached), so nothing is left behind.
 */
export async function startServerProcess(args: { port: number; dataDir: string; token: string; extra?: string[] }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/node/cli/server-main.ts', '--host', '127.0.0.1', '--port', String(args.port),
    '--data-dir', args.dataDir, '--token', args.token, ...(args.extra ?? [])], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const output: string[] = [];
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 30_000);
    const onData = (b: Buffer) => {
      output.push(b.toString());
      if (output.join('').includes('服务已启动')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => output.push(b.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('')}`)));
  });
  const signal = async (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      return; // already gone
    }
    await exited;
  };
  return { child, output, url: `http://127.0.0.1:${args.port}`, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
