import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@gantry/shared';
import type { Viewer } from '../common/auth/viewer';
import { QuestionScope, QuestionStatus } from '../questions/question.entity';
import { QuestionsService, type QuestionDraft } from '../questions/questions.service';
import { STARTER_QUESTIONS, correctIndex, type StarterQuestion } from './question-bank-content';

const ADMIN_EMAIL = 'admin@gantry.test';
/** Each seeded question's `source`: the prefix plus its stable key, e.g. "starter bank: SAFETY-07". */
export const STARTER_SOURCE_PREFIX = 'starter bank: ';

export function starterDraft(q: StarterQuestion): QuestionDraft {
  const correct = correctIndex(q);
  return {
    stemMarkdown: q.stem,
    rationaleMarkdown: q.rationale,
    options: q.options.map((text, i) => ({ textMarkdown: text, isCorrect: i === correct })),
    domainCode: q.domain,
    modalityCode: q.modality,
    difficulty: q.difficulty,
    scope: QuestionScope.Platform,
    status: QuestionStatus.Reviewed,
    source: `${STARTER_SOURCE_PREFIX}${q.key}`,
  };
}

/**
 * The original starter question bank (seed/question-bank-content.ts), platform-wide and
 * REVIEWED, authored and reviewed by the demo platform admin, through the bank's own
 * createMany (validation, sanitized HTML, search index). Inserts only the questions whose
 * key is not there yet, so it can run again; returns how many it inserted. Skips when the
 * demo platform admin does not exist.
 */
export async function seedQuestionBank(app: INestApplicationContext): Promise<number> {
  const db = app.get(DataSource);
  const questions = app.get(QuestionsService);
  return db.transaction(async (m) => {
    const [admin] = (await m.query(`SELECT id, email FROM app_user WHERE email = $1`, [ADMIN_EMAIL])) as { id: string; email: string }[];
    if (!admin) return 0;
    const seeded: { source: string }[] = await m.query(`SELECT source FROM question WHERE source LIKE $1`, [`${STARTER_SOURCE_PREFIX}%`]);
    const have = new Set(seeded.map((r) => r.source));
    const drafts = STARTER_QUESTIONS.map(starterDraft).filter((d) => !have.has(d.source!));
    if (!drafts.length) return 0;
    const viewer: Viewer = {
      userId: admin.id,
      sessionId: 'seed',
      email: admin.email,
      isPlatformAdmin: true,
      roles: [Role.Student, Role.PlatformAdmin],
      memberships: [],
    };
    return (await questions.createMany(m, drafts, viewer)).length;
  });
}
