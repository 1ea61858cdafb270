import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PREFIXES = ['/graphql', '/healthz', '/readyz', '/metrics', '/calendar/', '/files/', '/exports/'];

/**
 * Serves the built web app on the API's origin: hashed assets with long caching, and
 * index.html for every other GET that asks for a page (client-side routes).
 * Returns false when there is no build (dev uses Vite's server instead).
 */
export function serveWeb(app: NestExpressApplication, webDist: string): boolean {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(webDist, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(p.endsWith('/') ? p : `${p}/`))) return next();
    // Missing files (anything under /assets/ or with an extension) are 404s, not pages.
    if (req.path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
