import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated, PageArgs } from '../common/pagination/pagination';
import type { OutboxEntity } from './outbox.entity';

@ObjectType('OutboxMessage')
export class OutboxMessageModel {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field() textBody!: string;
  @Field() kind!: string;
  @Field({ description: 'PENDING, SENDING, SENT, FAILED, or HELD (no mail transport configured).' }) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

export function toOutboxMessage(e: OutboxEntity): OutboxMessageModel {
  return {
    id: e.id,
    to: e.toAddress,
    subject: e.subject,
    textBody: e.textBody,
    kind: e.kind,
    status: e.status,
    attempts: e.attempts,
    lastError: e.lastError,
    createdAt: e.createdAt,
    sentAt: e.sentAt,
  };
}

@ObjectType()
export class OutboxMessagePage extends Paginated(OutboxMessageModel) {}

@ArgsType()
export class OutboxArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only messages to this address.' })
  to?: string | null;
}
