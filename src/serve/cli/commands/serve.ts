/** `storyline serve`: the HTTP API and the web app over one database. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_DB_PATH, openStore } from '../../../store/index.js';
import { buildServer } from '../../http/index.js';

export const DEFAULT_PORT = 8787;
/** Loopback by default: exposing the server is a decision (--host 0.0.0.0). */
export const DEFAULT_HOST = '127.0.0.1';

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535)
    throw new InvalidArgumentError('expected a port number (0-65535; 0 picks a free one).');
  return number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web app (writes need $STORYLINE_TOKEN when it is set)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB_PATH)
    .option('--port <n>', 'port (0 picks a free one)', port, DEFAULT_PORT)
    .option('--host <address>', 'address to listen on', DEFAULT_HOST)
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (flags: { db: string; port: number; host: string; log?: boolean }) => {
      const store = await openStore(flags.db);
      const app = buildServer({ store, logger: flags.log ?? false });
      const address = await app.listen({ port: flags.port, host: flags.host });
      const token = process.env.STORYLINE_TOKEN
        ? 'writes need the bearer token'
        : 'writes are open (set STORYLINE_TOKEN to protect them)';
      process.stderr.write(`storyline: serving ${flags.db} on ${address} (${token})\n`);
      // Run until a signal; then finish in-flight requests and close the database cleanly.
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app
            .close()
            .then(() => store.close())
            .finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
