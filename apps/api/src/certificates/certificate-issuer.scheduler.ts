import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { startPolling, type Poller } from '../common/polling';
import { CertificatesService } from './certificates.service';

/** Issues certificates for cohorts that completed (on the reminder interval, REMINDER_POLL_MS); not in tests. */
@Injectable()
export class CertificateIssuerScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CertificateIssuerScheduler.name);
  private poller?: Poller;

  constructor(
    private readonly certificates: CertificatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.poller = startPolling({
      everyMs: this.config.reminderPollMs,
      run: async () => {
        const done = await this.certificates.issueDue();
        if (done.length) this.logger.log({ cohorts: done }, 'issued certificates for completed cohorts');
      },
      logger: this.logger,
      what: 'certificate issue',
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller?.stop();
  }
}
