import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConfigError, describeConfig, loadConfig, type AppConfig } from './config/config';
import { createApp } from './app.factory';
import { demoSignInsText, seedDemoData } from './seed/demo-seed';
import { Logger } from 'nestjs-pino';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  const app = await createApp(config);
  const logger = app.get(Logger);
  logger.log({ msg: 'starting Gantry', config: describeConfig(config) });

  let seeded = false;
  if (config.seedDemo) seeded = await seedDemoData(app);

  await app.listen(config.port, config.host);
  const server = app.getHttpServer() as Server;
  logger.log(`listening on ${config.host}:${config.port}; public URL ${config.publicUrl}`);
  if (config.seedDemo) {
    if (seeded) logger.log('loaded the demo data set');
    // Printed plainly so a new user sees it whatever the log format.
    process.stdout.write(demoSignInsText(config.publicUrl) + '\n');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing in-flight requests, then closing`);
    const force = setTimeout(() => {
      logger.error('shutdown grace period over; exiting');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    // Stop accepting connections; close idle keep-alive ones; wait for in-flight requests.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await app.close(); // then modules: the outbox dispatcher, the database
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error('Gantry failed to start:', e);
  process.exit(1);
});
