import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** Channels are namespaced so several deployments can share one Redis. */
const CHANNEL_PREFIX = 'gantry:events:';

/**
 * Events for GraphQL subscriptions. In one process they travel through an in-memory
 * emitter; with REDIS_URL they go through Redis pub/sub, so a subscriber on one API
 * process sees what another process published.
 *
 * Publish after the transaction that made the change has committed: a subscriber that
 * re-reads on an event must find the change.
 */
@Injectable()
export class PubSubService implements OnModuleDestroy {
  private readonly logger = new Logger(PubSubService.name);
  private readonly engine: PubSubEngine;
  private readonly redis: Redis[] = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      // Pub/sub needs its own connections: a subscribed Redis connection cannot publish.
      // A publish that cannot reach Redis in 2 s is given up (and logged), never left hanging.
      const publisher = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, commandTimeout: 2_000 });
      const subscriber = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
      for (const r of [publisher, subscriber]) r.on('error', (e: Error) => this.logger.warn(`Redis pub/sub: ${e.message}`));
      this.redis.push(publisher, subscriber);
      this.engine = new RedisPubSub({ publisher, subscriber });
    } else {
      this.engine = new PubSub();
    }
  }

  /** Whether events cross processes (Redis) or stay in this one. */
  get distributed(): boolean {
    return this.redis.length > 0;
  }

  /** Never throws: a lost event must not fail the request that already committed its change. */
  async publish(trigger: string, payload: object): Promise<void> {
    try {
      await this.engine.publish(CHANNEL_PREFIX + trigger, payload);
    } catch (e) {
      this.logger.warn(`could not publish ${trigger}: ${(e as Error).message}`);
    }
  }

  asyncIterator<T>(trigger: string | string[]): AsyncIterableIterator<T> {
    const triggers = (Array.isArray(trigger) ? trigger : [trigger]).map((t) => CHANNEL_PREFIX + t);
    return this.engine.asyncIterableIterator<T>(triggers) as AsyncIterableIterator<T>;
  }

  /** Resolves once Redis is subscribed and connected (tests wait for it). */
  async ready(): Promise<void> {
    await Promise.all(this.redis.filter((r) => r.status !== 'ready').map((r) => new Promise<void>((res) => r.once('ready', () => res()))));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.redis.map((r) => r.quit().catch(() => r.disconnect())));
  }
}
