import { once } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppError, ErrorCode } from '../errors/app-error';

/** Named limits: points per duration (seconds). */
export const LIMITS = {
  signInPerAccount: { points: 10, duration: 15 * 60 },
  signInPerAddress: { points: 50, duration: 15 * 60 },
  resetPerAccount: { points: 3, duration: 60 * 60 },
  resetPerAddress: { points: 20, duration: 60 * 60 },
  signUpPerAddress: { points: 20, duration: 60 * 60 },
  uploadPerUser: { points: 60, duration: 60 * 60 },
  /** The public certificate check (codes are unguessable; this keeps scrapers slow). */
  verifyCertificatePerAddress: { points: 30, duration: 60 },
} as const;
export type LimitName = keyof typeof LIMITS;

/**
 * Per-account and per-address limits. In memory for one process; through Redis when
 * REDIS_URL is set, so several API processes share the counts.
 */
@Injectable()
export class RateLimitService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RateLimitService.name);
  private readonly limiters = new Map<LimitName, RateLimiterAbstract>();
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, lazyConnect: false, maxRetriesPerRequest: 1 });
    for (const [name, opts] of Object.entries(LIMITS) as [LimitName, (typeof LIMITS)[LimitName]][]) {
      const keyPrefix = `gantry:rl:${name}`;
      this.limiters.set(
        name,
        this.redis
          ? new RateLimiterRedis({ storeClient: this.redis, keyPrefix, ...opts, insuranceLimiter: new RateLimiterMemory({ keyPrefix, ...opts }) })
          : new RateLimiterMemory({ keyPrefix, ...opts }),
      );
    }
  }

  /** Spend one point; throws RATE_LIMITED when none are left. */
  async consume(name: LimitName, key: string): Promise<void> {
    try {
      await this.limiters.get(name)!.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.ceil(e.msBeforeNext / 1000);
        const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
        throw new AppError(ErrorCode.RateLimited, `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfterSeconds });
      }
      throw e;
    }
  }

  /** True when no points are left (without spending one). */
  async isBlocked(name: LimitName, key: string): Promise<number | null> {
    const res = await this.limiters.get(name)!.get(key);
    if (res && res.remainingPoints <= 0) return Math.ceil(res.msBeforeNext / 1000);
    return null;
  }

  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiters.get(name)!.delete(key);
  }

  /** Wait (briefly) for Redis, so limits are shared from the first request; until then memory stands in. */
  async onModuleInit(): Promise<void> {
    if (!this.redis || this.redis.status === 'ready') return;
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
    const result = await Promise.race([once(this.redis, 'ready').then(() => 'ready' as const), timeout]);
    if (result === 'timeout') this.logger.warn('Redis not reachable yet; rate limits are per process until it is');
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
