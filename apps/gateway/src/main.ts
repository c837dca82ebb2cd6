import 'reflect-metadata';
import { openDatabase } from '@zeren/modules';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createGateway } from './server';
import { createGatewayServices } from './schema';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
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
  log.info({ url: `http://${config.host}:${port}/graphql`, portal: config.portalDir ? `http://${config.host}:${port}/` : null }, 'gateway ready');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    gateway.stop().then(
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
