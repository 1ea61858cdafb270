import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { OutboxService } from './outbox.service';
import { OutboxArgs, OutboxMessageModel, OutboxMessagePage, toOutboxMessage } from './outbox.model';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Allow(Permission.ViewOutbox)
  @Query(() => OutboxMessagePage, { description: 'Mail the platform sent or holds, newest first (platform admins).' })
  async outboxMessages(@Args() args: OutboxArgs): Promise<OutboxMessagePage> {
    const page = await this.outbox.list(args);
    return { ...page, nodes: page.nodes.map(toOutboxMessage) };
  }
}
