import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { ModalityModel, toModality } from '../cohorts/cohort.model';
import { ExamDomainModel, toDomain } from '../materials/material.model';
import { QuestionStatus } from './question.entity';
import {
  QuestionImportInput,
  QuestionImportPreviewModel,
  QuestionImportResultModel,
  QuestionInput,
  QuestionModel,
  QuestionOptionModel,
  QuestionPage,
  QuestionsArgs,
  QuestionStatusEnum,
  toOption,
  toQuestion,
} from './question.model';
import { QuestionsService } from './questions.service';
import { QuestionImportService } from './question-import.service';

/** GraphQL sends null for omitted optional fields; the shared schemas want undefined. */
function withoutNulls<T extends object>(o: T | null | undefined): Partial<T> | undefined {
  if (!o) return undefined;
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function importInput(input: QuestionImportInput): Record<string, unknown> {
  return { format: input.format, text: input.text, filename: input.filename, defaults: withoutNulls(input.defaults) };
}

/**
 * The question bank for mentors and admins (UseLibrary). Answers and rationales are
 * visible here; students only ever see questions through attempts (practice module).
 */
@Resolver(() => QuestionModel)
export class QuestionsResolver {
  constructor(
    private readonly service: QuestionsService,
    private readonly imports: QuestionImportService,
  ) {}

  @Allow(Permission.UseLibrary)
  @Query(() => QuestionPage, { description: 'Questions you may read: your drafts, your chapters’ banks, the platform bank. Ranked by relevance with `q`, else newest first.' })
  async questions(@CurrentViewer() viewer: Viewer, @Args() args: QuestionsArgs): Promise<QuestionPage> {
    const page = await this.service.search(viewer, args.filter ?? {}, args);
    return { ...page, nodes: page.nodes.map(toQuestion) };
  }

  @Allow(Permission.UseLibrary)
  @Query(() => QuestionModel, { description: 'A question you may read (NOT_FOUND otherwise).' })
  async question(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<QuestionModel> {
    return toQuestion(await this.service.readable(viewer, id));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => QuestionModel, { description: 'A new question, as a DRAFT.' })
  async createQuestion(@CurrentViewer() viewer: Viewer, @Args('input') input: QuestionInput): Promise<QuestionModel> {
    return toQuestion(await this.service.create(viewer, { ...input }));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => QuestionModel, {
    description:
      'Save a question (CONFLICT when expectedVersion is stale). Once attempts used it, its options can be reworded but not added, removed or re-keyed (CONFLICT). Editing a REVIEWED question records you as its reviewer.',
  })
  async updateQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: QuestionInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<QuestionModel> {
    return toQuestion(await this.service.update(viewer, id, { ...input }, expectedVersion));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => QuestionModel, {
    description:
      'Review, retire or return a question to draft. Anyone who may edit its scope may mark it REVIEWED (chapter mentors and admins; platform admins for the platform bank) — not a DRAFT-scope question, and only with a rationale. RETIRED questions are not drawn again but stay in past attempts.',
  })
  async setQuestionStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => QuestionStatusEnum }) status: QuestionStatus,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<QuestionModel> {
    return toQuestion(await this.service.setStatus(viewer, id, status, expectedVersion));
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => QuestionImportPreviewModel, { description: 'Read a GIFT, Aiken or CSV file and list its questions and per-line errors; nothing is saved.' })
  async previewQuestionImport(@CurrentViewer() viewer: Viewer, @Args('input') input: QuestionImportInput): Promise<QuestionImportPreviewModel> {
    const p = await this.imports.preview(viewer, importInput(input));
    return { questions: p.questions.map((q) => ({ ...q, rationale: q.rationale ?? null })), errors: p.errors, ok: p.ok };
  }

  @Allow(Permission.UseLibrary)
  @Mutation(() => QuestionImportResultModel, { description: 'Import the whole file in one transaction, or nothing (BAD_USER_INPUT listing the lines) when any line has an error.' })
  async importQuestions(@CurrentViewer() viewer: Viewer, @Args('input') input: QuestionImportInput): Promise<QuestionImportResultModel> {
    const saved = await this.imports.import(viewer, importInput(input));
    return { imported: saved.length, questions: saved.map(toQuestion) };
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => [QuestionOptionModel], { description: 'In authoring order.' })
  async options(@Parent() q: QuestionModel, @Context() ctx: GqlContext): Promise<QuestionOptionModel[]> {
    return (await ctx.loaders.optionsByQuestion.load(q.id)).map(toOption);
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => ModalityModel, { nullable: true, description: 'None: a general question for every modality.' })
  async modality(@Parent() q: QuestionModel, @Context() ctx: GqlContext): Promise<ModalityModel | null> {
    const m = q.modalityId ? await ctx.loaders.modalityById.load(q.modalityId) : null;
    return m ? toModality(m) : null;
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => ExamDomainModel)
  async domain(@Parent() q: QuestionModel, @Context() ctx: GqlContext): Promise<ExamDomainModel> {
    const d = await ctx.loaders.examDomainById.load(q.domainId);
    return toDomain(d!);
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => String, { nullable: true, description: 'The author’s display name.' })
  async author(@Parent() q: QuestionModel, @Context() ctx: GqlContext): Promise<string | null> {
    return q.authorId ? ((await ctx.loaders.userById.load(q.authorId))?.displayName ?? null) : null;
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => String, { nullable: true, description: 'Who reviewed it (display name).' })
  async reviewedBy(@Parent() q: QuestionModel, @Context() ctx: GqlContext): Promise<string | null> {
    return q.reviewedById ? ((await ctx.loaders.userById.load(q.reviewedById))?.displayName ?? null) : null;
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => Int, { description: 'Attempts that used it; once above 0 its options are fixed.' })
  usedInAttempts(@Parent() q: QuestionModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.usageByQuestion.load(q.id);
  }

  @Allow(Permission.UseLibrary)
  @ResolveField(() => Boolean, { description: 'Whether you may edit (and review) it.' })
  viewerCanEdit(@CurrentViewer() viewer: Viewer, @Parent() q: QuestionModel): boolean {
    return this.service.canEdit(viewer, { scope: q.scope, authorId: q.authorId, chapterId: q.chapterId });
  }
}
