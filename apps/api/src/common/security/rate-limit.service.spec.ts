import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../config/config';
import { AppError } from '../errors/app-error';
import { RateLimitService } from './rate-limit.service';

async function exhaust(limits: RateLimitService, key: string, points: number): Promise<void> {
  for (let i = 0; i < points; i++) await limits.consume('resetPerAccount', key);
}

const backends: [string, string | undefined][] = [['in memory', undefined]];
// Shared through Redis when REDIS_URL is set (CI sets it; the machine runs Redis on 6379).
if (process.env.REDIS_URL) backends.push(['through Redis', process.env.REDIS_URL]);

describe.each(backends)('RateLimitService %s', (_label, redisUrl) => {
  const make = () => new RateLimitService(loadConfig(redisUrl ? { REDIS_URL: redisUrl } : {}));
  let a: RateLimitService;
  let b: RateLimitService;
  beforeAll(async () => {
    a = make();
    b = make();
    await Promise.all([a.onModuleInit(), b.onModuleInit()]);
  });
  afterAll(() => {
    a.onModuleDestroy();
    b.onModuleDestroy();
  });

  it('allows the budget, then refuses with RATE_LIMITED and a retry time', async () => {
    const key = randomBytes(6).toString('hex');
    await exhaust(a, key, 3);
    const err = await a.consume('resetPerAccount', key).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('RATE_LIMITED');
    expect((err as AppError).details.retryAfterSeconds).toBeGreaterThan(0);
    await a.reset('resetPerAccount', key);
    await expect(a.consume('resetPerAccount', key)).resolves.toBeUndefined();
  });

  if (redisUrl) {
    it('shares counts between processes', async () => {
      const key = randomBytes(6).toString('hex');
      await exhaust(a, key, 3);
      expect(await b.isBlocked('resetPerAccount', key)).toBeGreaterThan(0);
    });
  } else {
    it('keeps counts per process without Redis', async () => {
      const key = randomBytes(6).toString('hex');
      await exhaust(a, key, 3);
      expect(await b.isBlocked('resetPerAccount', key)).toBeNull();
    });
  }
});
