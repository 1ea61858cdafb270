import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { json } from 'express';
import type { AppConfig } from './config/config';
import { AppModule } from './app.module';
import { serveWeb } from './web/serve-web';
import { FilesService } from './files/files.service';

/** Request bodies above this are refused with 413 before any parsing. */
export const BODY_LIMIT = '256kb';

/** Builds the whole application (used by main and by the integration tests alike). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), APP_OPTIONS);
  return configureApp(app, config);
}

export const APP_OPTIONS = { bodyParser: false, bufferLogs: true } as const;

/** Everything around the module graph: logging, security headers, cookies, body limits, the web app. */
export async function configureApp(app: NestExpressApplication, config: AppConfig): Promise<NestExpressApplication> {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Where file previews load from besides this origin (an S3 bucket's presigned URLs).
  const fileOrigins = await app.get(FilesService).linkOrigins();
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:', ...fileOrigins],
          frameSrc: ["'self'", ...fileOrigins],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.use(json({ limit: BODY_LIMIT, type: ['application/json', 'application/graphql-response+json'] }));
  serveWeb(app, config.webDist);
  await app.init();
  return app;
}
