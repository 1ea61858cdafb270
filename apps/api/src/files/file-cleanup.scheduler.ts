import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { FilesService } from './files.service';
import { startPolling, type Poller } from '../common/polling';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Hourly: delete uploads nobody attached within 24 hours. Safe with several processes
 * (each file is deleted under a row lock, skipped when another process holds it).
 * Off in tests, which call `FilesService.deleteUnattached` directly.
 */
@Injectable()
export class FileCleanupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileCleanupScheduler.name);
  private poller?: Poller;

  constructor(
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.poller = startPolling({
      everyMs: HOUR_MS,
      run: async () => {
        const n = await this.files.deleteUnattached();
        if (n) this.logger.log(`deleted ${n} unattached upload${n === 1 ? '' : 's'}`);
      },
      logger: this.logger,
      what: 'unattached upload cleanup',
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller?.stop();
  }
}
