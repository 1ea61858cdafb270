import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';

/**
 * Moves an OPEN cohort to RUNNING once its first session has started. Completing a
 * cohort stays a mentor's decision (certificates of attendance hang on it).
 */
@Injectable()
export class CohortLifecycleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CohortLifecycleService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the ids of cohorts that started. Idempotent; safe from several processes. */
  async startDueCohorts(): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `UPDATE cohort c SET status = 'RUNNING', version = version + 1, updated_at = now()
        WHERE c.status = 'OPEN'
          AND EXISTS (SELECT 1 FROM cohort_session s WHERE s.cohort_id = c.id AND s.status = 'SCHEDULED' AND s.starts_at <= now())
        RETURNING c.id`,
    );
    return rows.map((r) => r.id);
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.timer = setInterval(() => {
      this.startDueCohorts().catch((e: unknown) => this.logger.error({ err: e }, 'cohort lifecycle tick failed'));
    }, this.config.reminderPollMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
