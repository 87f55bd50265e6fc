import type { Command } from 'commander';
import { offsetClock, systemClock } from '../../../platform/clock/index.js';
import type { RegisterCommand } from '../command.js';

export const registerStart: RegisterCommand = (program: Command) => {
  program
    .command('start')
    .description('API + worker + web UI on PORT (default 3000); seeds the demo tenant on first run')
    .option('--role <role>', 'all (default), api or worker', 'all')
    .option('--port <port>', 'HTTP port (default PORT or 3000)')
    .action(async (opts: { role: string; port?: string }) => {
      const [{ loadConfig }, { startServer }] = await Promise.all([import('../../config.js'), import('../../start.js')]);
      const config = loadConfig({ dataDir: program.opts().dataDir, role: opts.role, port: opts.port });
      // KINDLY_NOW pins the clock for demos and end-to-end tests; time then runs on from it.
      const clock = config.now ? offsetClock(config.now) : systemClock;
      const server = await startServer(config, clock);
      const shutdown = (signal: string) => {
        process.stderr.write(`\n${signal}: shutting down gracefully...\n`);
        server.stop().then(
          () => process.exit(0),
          (err) => {
            process.stderr.write(`shutdown failed: ${(err as Error).message}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      if (server.url) process.stderr.write(`Kindly is running at ${server.url.replace('0.0.0.0', 'localhost')}\n`);
    });
};
