import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  importedContentSchema,
  OPTION_LETTERS,
  QUESTION_IMPORT_MAX_QUESTIONS,
  questionImportSchema,
  type ImportedQuestionValue,
  type ImportLineErrorValue,
  type QuestionImportValue,
} from '@gantry/shared';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { Difficulty, QuestionScope, QuestionStatus, type QuestionEntity } from './question.entity';
import { QuestionsService, type QuestionDraft } from './questions.service';
import { parseQuestions, type ParsedQuestion } from './formats';
import { DIFFICULTY_WORDS, lineError } from './formats/types';

export interface ImportPreview {
  questions: ImportedQuestionValue[];
  errors: ImportLineErrorValue[];
  ok: boolean;
  drafts: QuestionDraft[];
}

/**
 * Importing GIFT, Aiken or CSV: a preview lists every question read and every line that
 * could not be; the import re-reads the file and writes all of it in one transaction, or
 * nothing when any line has an error. Questions come in as DRAFT (or REVIEWED when the
 * importer may edit — and so review — the target chapter or platform bank, and asks).
 */
@Injectable()
export class QuestionImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly questions: QuestionsService,
  ) {}

  preview(viewer: Viewer, input: unknown): Promise<ImportPreview> {
    const data = parseInput(questionImportSchema, input);
    return this.read(this.db.manager, viewer, data);
  }

  async import(viewer: Viewer, input: unknown): Promise<QuestionEntity[]> {
    const data = parseInput(questionImportSchema, input);
    return this.db.transaction(async (m) => {
      const preview = await this.read(m, viewer, data);
      if (!preview.ok) {
        const n = preview.errors.length;
        throw AppError.validation(
          { text: preview.errors.slice(0, 50).map((e) => e.message) },
          n ? `Nothing was imported: ${n} ${n === 1 ? 'line needs' : 'lines need'} fixing.` : 'Nothing was imported: the file has no questions.',
        );
      }
      return this.questions.createMany(m, preview.drafts, viewer);
    });
  }

  private async read(m: EntityManager, viewer: Viewer, data: QuestionImportValue): Promise<ImportPreview> {
    const d = data.defaults;
    this.questions.assertScopeAllowed(viewer, d.scope, d.chapterId, 'defaults.');
    const tags = await this.questions.taxonomy(m);
    const defaultDomain = d.domainId ? tags.domainsById.get(d.domainId) : undefined;
    if (d.domainId && (!defaultDomain || defaultDomain.retiredAt)) throw AppError.validation({ 'defaults.domainId': ['Choose an exam domain.'] });
    const defaultModality = d.modalityId ? tags.modalitiesById.get(d.modalityId) : undefined;
    if (d.modalityId && (!defaultModality || defaultModality.retiredAt)) throw AppError.validation({ 'defaults.modalityId': ['Choose a modality.'] });

    const parsed = parseQuestions(data.format, data.text);
    const errors = [...parsed.errors];
    const questions: ImportedQuestionValue[] = [];
    const drafts: QuestionDraft[] = [];
    if (parsed.questions.length > QUESTION_IMPORT_MAX_QUESTIONS) {
      errors.push(lineError(parsed.questions[QUESTION_IMPORT_MAX_QUESTIONS].line, `A file holds at most ${QUESTION_IMPORT_MAX_QUESTIONS} questions; split it.`));
    }
    const activeCode = <T extends { retiredAt: Date | null }>(map: Map<string, T>, code: string | null): T | undefined => {
      const x = code ? map.get(code) : undefined;
      return x && !x.retiredAt ? x : undefined;
    };
    for (const q of parsed.questions.slice(0, QUESTION_IMPORT_MAX_QUESTIONS)) {
      const lineErrors: string[] = [];
      const hinted = this.fromHints(q, tags);
      // Domain: the file's code, else the default.
      let domain = defaultDomain;
      const domainCode = q.domainCode ?? hinted.domainCode;
      if (domainCode) {
        domain = activeCode(tags.domainsByCode, domainCode);
        if (!domain) lineErrors.push(`Unknown exam domain “${domainCode}” (use one of ${[...tags.domainsByCode.values()].filter((x) => !x.retiredAt).map((x) => x.code).join(', ')}).`);
      } else if (!domain) lineErrors.push('No exam domain: add one to the file or choose a default domain.');
      let modality = defaultModality ?? null;
      const modalityCode = q.modalityCode ?? hinted.modalityCode;
      if (hinted.general && !q.modalityCode) modality = null;
      else if (modalityCode) {
        modality = activeCode(tags.modalitiesByCode, modalityCode) ?? null;
        if (!modality) lineErrors.push(`Unknown modality “${modalityCode}”.`);
      }
      const difficulty = q.difficulty ?? hinted.difficulty ?? d.difficulty ?? Difficulty.Medium;
      const content = importedContentSchema.safeParse({
        stemMarkdown: q.stem,
        options: q.options.map((text, i) => ({ textMarkdown: text, isCorrect: i === q.correctIndex })),
        rationaleMarkdown: q.rationale ?? '',
      });
      if (!content.success) {
        for (const issue of content.error.issues) {
          const [field, index] = issue.path;
          lineErrors.push(field === 'options' && typeof index === 'number' ? `Option ${OPTION_LETTERS[index] ?? index + 1}: ${issue.message}` : issue.message);
        }
      }
      if (d.status === QuestionStatus.Reviewed && !q.rationale?.trim()) lineErrors.push('A question imported as reviewed needs a rationale.');
      for (const message of lineErrors) errors.push(lineError(q.line, message));
      questions.push({
        line: q.line,
        title: q.title,
        stem: q.stem,
        options: q.options,
        correctIndex: q.correctIndex,
        rationale: q.rationale,
        domainCode: domain?.code ?? domainCode ?? null,
        modalityCode: modality?.code ?? null,
        difficulty,
      });
      drafts.push({
        stemMarkdown: q.stem,
        rationaleMarkdown: q.rationale ?? '',
        options: q.options.map((text, i) => ({ textMarkdown: text, isCorrect: i === q.correctIndex })),
        domainId: domain?.id ?? null,
        modalityId: modality?.id ?? null,
        difficulty,
        scope: d.scope,
        chapterId: d.scope === QuestionScope.Chapter ? d.chapterId : null,
        status: d.status,
        source: `import: ${data.filename} line ${q.line}`,
      });
    }
    errors.sort((a, b) => a.line - b.line);
    return { questions, errors, ok: errors.length === 0 && questions.length > 0, drafts };
  }

  /** GIFT `$CATEGORY:` segments that name a domain, a modality (GENERAL: none) or a difficulty; the last of each wins. */
  private fromHints(
    q: ParsedQuestion,
    tags: Awaited<ReturnType<QuestionsService['taxonomy']>>,
  ): { domainCode: string | null; modalityCode: string | null; general: boolean; difficulty: Difficulty | null } {
    const out = { domainCode: null as string | null, modalityCode: null as string | null, general: false, difficulty: null as Difficulty | null };
    for (const h of q.hints) {
      const code = h.replace(/\s+/g, '_');
      if (tags.domainsByCode.has(code)) out.domainCode = code;
      else if (tags.modalitiesByCode.has(code)) {
        out.modalityCode = code;
        out.general = false;
      } else if (code === 'GENERAL') {
        out.general = true;
        out.modalityCode = null;
      } else if (DIFFICULTY_WORDS[code]) out.difficulty = DIFFICULTY_WORDS[code];
    }
    return out;
  }
}
