import { Global, Module } from '@nestjs/common';
import { PubSubService } from './pubsub.service';

/** One event bus for GraphQL subscriptions, shared by every module. */
@Global()
@Module({ providers: [PubSubService], exports: [PubSubService] })
export class PubSubModule {}
