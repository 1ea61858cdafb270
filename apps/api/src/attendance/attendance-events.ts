import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { PubSubService } from '../common/pubsub/pubsub.service';
import type { AttendanceSource, AttendanceStatus } from './attendance.entity';
import type { PersonRow } from './attendance.model';

/** The PubSub trigger of one session's roster: per session, so no filter is needed. */
export const rosterTrigger = (sessionId: string): string => `roster:${sessionId}`;

/** A record as it travels through pub/sub (Redis carries JSON: instants are ISO strings). */
export interface RecordPayload {
  id: string;
  sessionId: string;
  cohortId: string;
  userId: string;
  status: AttendanceStatus;
  minutes: number;
  source: AttendanceSource;
  joinedAt: string | null;
  leftAt: string | null;
  note: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RosterEventPayload {
  sessionId: string;
  student: PersonRow;
  record: RecordPayload;
}

/**
 * Roster events wait for their transaction to commit: a subscriber must never hear about a
 * change that was rolled back, and one who re-reads must find it. Events queued on a
 * transaction's query runner are published by TypeORM's AfterTransactionCommit broadcast
 * (outermost commit only) and dropped on rollback; outside a transaction they go at once.
 */
@Injectable()
export class AttendanceEvents implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, RosterEventPayload[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pubsub: PubSubService,
  ) {}

  onModuleInit(): void {
    if (!this.db.subscribers.includes(this)) this.db.subscribers.push(this);
  }

  /** Publish after `m`'s transaction commits (now, when `m` is not in one). */
  async queue(m: EntityManager, events: RosterEventPayload[]): Promise<void> {
    if (!events.length) return;
    const runner = m.queryRunner;
    if (runner?.isTransactionActive) {
      const list = this.pending.get(runner) ?? [];
      list.push(...events);
      this.pending.set(runner, list);
      return;
    }
    await this.publishAll(events);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return; // a savepoint was released; the outer transaction may still roll back
    const events = this.pending.get(runner);
    if (!events) return;
    this.pending.delete(runner);
    // Not awaited: TypeORM runs this inside commitTransaction, so a slow Redis would hold the
    // request (and its pool connection) at the 7 pm rush. The change is committed either way;
    // PubSubService.publish never throws.
    void this.publishAll(events);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Rolling back to a savepoint keeps the outer transaction's events only if they were queued before it;
    // we cannot tell which, so a partial rollback drops nothing and a full rollback drops everything.
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private async publishAll(events: RosterEventPayload[]): Promise<void> {
    for (const e of events) await this.pubsub.publish(rosterTrigger(e.sessionId), e);
  }
}
