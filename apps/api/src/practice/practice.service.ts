import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../common/errors/app-error';

export const CLOSED_BOOK = 'Lesson material is hidden during your mock exam.';

const uuid = z.uuid();

/**
 * Closed book: while a user's mock exam is in progress (and its time has not run out), lesson
 * material and agenda bodies are hidden from them. Deliberately tiny (a DataSource and one
 * indexed query) so the materials and agendas modules can depend on it without depending on
 * the rest of practice.
 */
@Injectable()
export class PracticeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** CONFLICT while `userId` has a mock exam running. Uses `attempt_in_progress_mock_key`. */
  async assertNotInMockExam(userId: string | null | undefined, m: EntityManager = this.db.manager): Promise<void> {
    if (userId && (await this.inMockExam([userId], m)).size) throw AppError.conflict(CLOSED_BOOK);
  }

  /** Which of these users have a mock exam running right now (the closed-book loader's batch). */
  async inMockExam(userIds: readonly string[], m: EntityManager = this.db.manager): Promise<Set<string>> {
    const ids = [...new Set(userIds.filter((id) => uuid.safeParse(id).success))];
    if (!ids.length) return new Set();
    const rows: { user_id: string }[] = await m.query(
      `SELECT user_id FROM attempt WHERE user_id = ANY($1::uuid[]) AND kind = 'MOCK' AND status = 'IN_PROGRESS' AND (deadline_at IS NULL OR deadline_at > $2)`,
      [ids, new Date()],
    );
    return new Set(rows.map((r) => r.user_id));
  }
}
