import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { announcementSchema } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { OutboxService } from '../mail/outbox.service';
import { CohortAccessService } from '../cohorts/cohort-access.service';
import type { CohortEntity } from '../cohorts/cohort.entity';
import { cohortRecipients } from '../cohorts/cohort-recipients';
import { AnnouncementEntity, AnnouncementKind } from './announcement.entity';

/**
 * Announcements to a cohort: shown on the cohort page and mailed to its enrolled students
 * (and its other mentors) through the outbox, in the transaction that made them.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly access: CohortAccessService,
  ) {}

  async post(viewer: Viewer, cohortId: string, input: unknown): Promise<AnnouncementEntity> {
    const { body } = parseInput(announcementSchema, input);
    return this.db.transaction(async (m) => {
      const cohort = await this.access.manageable(viewer, cohortId, m);
      return this.announce(m, cohort, body, AnnouncementKind.Mentor, viewer.userId);
    });
  }

  /** Record and mail an announcement; used by mentors and by session changes (SYSTEM). */
  async announce(m: EntityManager, cohort: CohortEntity, body: string, kind: AnnouncementKind, authorId: string | null): Promise<AnnouncementEntity> {
    const announcement = await m.save(m.create(AnnouncementEntity, { cohortId: cohort.id, body, kind, authorId }));
    const recipients = await cohortRecipients(m, cohort.id, authorId);
    for (const r of recipients) {
      await this.outbox.enqueue(m, {
        to: r.email,
        kind: 'cohort-announcement',
        dedupeKey: `announcement:${announcement.id}:${r.userId}`,
        subject: `${cohort.title}: ${firstLine(body)}`,
        text: `Hello ${r.displayName},\n\n${body}\n\n— ${cohort.title}\n${this.config.publicUrl}/cohorts/${cohort.id}\n`,
      });
    }
    return announcement;
  }

  async list(viewer: Viewer | undefined, cohortId: string, args: PageArgs): Promise<Page<AnnouncementEntity>> {
    const { access } = await this.access.viewable(viewer, cohortId);
    if (!access.participate) throw AppError.forbidden('Announcements are for this cohort’s students and mentors.');
    const window = pageWindow(args);
    const [nodes, total] = await this.db.getRepository(AnnouncementEntity).findAndCount({
      where: { cohortId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: window.limit,
      skip: window.offset,
    });
    return toPage(nodes, total, window);
  }
}

function firstLine(body: string): string {
  const line = body.split('\n')[0].trim();
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}
