import 'reflect-metadata';
import { MODULES, openDatabase } from '@zeren/modules';
import { RemindersConfigError, remindersConfigFromEnv, startReminderScheduler } from '@zeren/reminders';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createGateway } from './server';
import { createGatewayServices } from './schema';

async function main(): Promise<void> {
  let config;
  let reminders;
  try {
    config = loadConfig();
    reminders = remindersConfigFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RemindersConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  if (config.usingDevSecret) log.warn('ZEREN_JWT_SECRET is not set: using the development secret (never in production)');

  const dataSource = await openDatabase({ databaseUrl: config.databaseUrl, pool: config.pool });
  const gateway = await createGateway({ config, dataSource, services: createGatewayServices(config.jwtSecret), log });
  const port = await gateway.listen(config.port, config.host);
  // The ready line is written at any LOG_LEVEL: supervisors and tools/bench wait for it (a run at
  // LOG_LEVEL=warn would otherwise wait forever).
  log.child({}, { level: 'info' }).info({ url: `http://${config.host}:${port}/graphql`, portal: config.portalDir ? `http://${config.host}:${port}/` : null }, 'gateway ready');
  // The reminder schedule (DESIGN.md seam 7): its timer never holds the process open; ZEREN_REMINDERS=off leaves it to other gateways.
  const scheduler = reminders.enabled ? startReminderScheduler({ dataSource, modules: MODULES, config: reminders, log: log.child({ component: 'reminders' }) }) : null;
  log.info({ reminders: reminders.enabled ? { cron: reminders.cron, lock: reminders.redisUrl ? 'redis' : 'process' } : 'off' }, 'reminder schedule');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    // The schedule first: a running tick finishes before gateway.stop() closes the pool.
    Promise.resolve(scheduler?.stop())
      .then(() => gateway.stop())
      .then(
        () => {
          log.info('stopped');
          process.exit(0);
        },
        (error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
