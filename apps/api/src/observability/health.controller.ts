import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../common/auth/policy.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MetricsService } from './metrics.service';

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The process is up. */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  health(): { status: string } {
    return { status: 'ok' };
  }

  /** The database answers and every migration is applied. */
  @Public()
  @Get('readyz')
  async ready(@Res() res: Response): Promise<void> {
    try {
      await this.db.query('SELECT 1');
      const pending = await this.db.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'not ready', reason: 'pending migrations' });
        return;
      }
      res.status(200).json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'not ready', reason: 'database unreachable' });
    }
  }

  /** Prometheus metrics: open, or with METRICS_TOKEN set, for `Authorization: Bearer <token>` only. */
  @Public()
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (this.config.metricsToken && !bearerMatches(req.headers.authorization, this.config.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).json({ message: 'Send the metrics token as a bearer token.' });
      return;
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}

/** A constant-time comparison of `Authorization: Bearer <token>` with the configured token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
