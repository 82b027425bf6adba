import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Starts the real server on a free port with a fresh database, serving the
// release build of the app, so a running `make run` is never disturbed.
export default async function globalSetup(): Promise<() => void> {
  const root = resolve(__dirname, '..', '..');
  const binary = process.env.VENTANILLA_SERVER ?? join(root, 'target', 'debug', 'ventanilla-api');
  const dir = mkdtempSync(join(tmpdir(), 'ventanilla-e2e-'));
  // The tests read one-time codes from the outbox.
  const server = spawn(
    binary,
    ['--addr', '127.0.0.1:0', '--db', join(dir, 'e2e.sqlite3'), '--dist', join(root, 'dist'), '--dev-outbox'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  );
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 60 s')), 60_000);
    server.once('exit', (code) => fail(new Error(`the server exited with ${code}`)));
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/ready at (http:\/\/\S+?)\/?\s/);
      if (match) {
        clearTimeout(timer);
        ready(match[1]);
      }
    });
  });
  process.env.VENTANILLA_URL = url;
  // The command line's staff accounts go in the same database (e2e/support/staff.ts).
  process.env.VENTANILLA_E2E_DB = join(dir, 'e2e.sqlite3');
  process.env.VENTANILLA_E2E_SERVER = binary;
  return () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
}
