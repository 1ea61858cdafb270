import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from './outbox.service';

/** Polls the outbox and delivers due mail while the app runs (not in tests: they call dispatchDue). */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env === 'test' || !this.outbox.hasTransport) return;
    const interrupted = await this.outbox.failInterrupted();
    if (interrupted) this.logger.warn({ interrupted }, 'outbox messages interrupted mid-send were marked FAILED');
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.outbox
        .dispatchDue()
        .catch((e: unknown) => this.logger.error({ err: e }, 'outbox dispatch failed'))
        .finally(() => (this.running = undefined));
    }, this.config.mail.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
