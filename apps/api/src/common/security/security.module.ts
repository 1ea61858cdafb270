import { Global, Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service';

/** One rate limiter (and, with REDIS_URL, one Redis connection) for the whole app. */
@Global()
@Module({ providers: [RateLimitService], exports: [RateLimitService] })
export class SecurityModule {}
