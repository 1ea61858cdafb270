import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, quizQuestionCount, secondsLeft } from '@gantry/shared';
import { Allow, Authenticated } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { PageArgs } from '../common/pagination/pagination';
import { toDomain } from '../materials/material.model';
import { toModality } from '../cohorts/cohort.model';
import { AssignmentModel } from '../homework/assignment.model';
import { AttemptsService, type AttemptSummaryRow, type AttemptView, type ItemView, type ResultView } from './attempts.service';
import { BlueprintsService, type BlueprintView } from './blueprints.service';
import type { QuizEntity } from './quiz.entity';
import {
  AttemptItemModel,
  AttemptItemsArgs,
  AttemptModel,
  AttemptResultModel,
  AttemptSummaryModel,
  AttemptSummaryPage,
  ExamBlueprintInput,
  ExamBlueprintModel,
  QuizSettingsModel,
} from './practice.model';

/** The attempt, carrying its view for the field resolvers (not a GraphQL field). */
type AttemptOut = AttemptModel & { view: AttemptView };

export function toAttempt(v: AttemptView, now = new Date()): AttemptOut {
  const a = v.attempt;
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    title: v.title,
    assignmentId: a.assignmentId,
    cohortId: a.cohortId,
    feedback: a.feedback,
    startedAt: a.startedAt,
    deadlineAt: a.deadlineAt,
    secondsLeft: a.status === 'IN_PROGRESS' ? secondsLeft(a.deadlineAt, now) : a.deadlineAt ? 0 : null,
    serverNow: now,
    submittedAt: a.submittedAt,
    autoSubmitted: a.autoSubmitted,
    currentPosition: a.currentPosition,
    itemCount: v.itemCount,
    answeredCount: v.answeredCount,
    flaggedCount: v.flaggedCount,
    userId: a.userId,
    view: v,
  };
}

/**
 * An item as the browser may see it. The correct option, whether the answer was right, and
 * the rationale are copied only once revealed; before that they are not in the response at all.
 */
export function toAttemptItem(v: ItemView, attempt: AttemptOut): AttemptItemModel {
  const correctOption = v.revealed ? v.options.find((o) => o.isCorrect) : undefined;
  return {
    id: `${v.item.attemptId}:${v.item.position}`,
    attempt,
    position: v.item.position,
    flagged: v.item.flagged,
    answered: v.item.selectedOptionId !== null,
    selectedOptionId: v.item.selectedOptionId,
    correct: v.revealed ? v.item.correct : null,
    question: {
      id: v.question.id,
      stemHtml: v.question.stemHtml,
      options: v.options.map((o) => ({ id: o.id, textHtml: o.textHtml })),
      domain: toDomain(v.domain),
      modality: v.modality ? toModality(v.modality) : null,
      correctOptionId: correctOption?.id ?? null,
      rationaleHtml: v.revealed ? v.question.rationaleHtml || null : null,
    },
  };
}

const toSummary = (r: AttemptSummaryRow): AttemptSummaryModel => ({ ...r });

function toResult(r: ResultView): AttemptResultModel {
  return {
    correct: r.correct,
    total: r.total,
    percent: r.percent,
    byDomain: r.byDomain.map((d) => ({ domain: toDomain(d.domain), correct: d.correct, total: d.total, percent: d.percent })),
    byModality: r.byModality.map((x) => ({ modality: x.modality ? toModality(x.modality) : null, correct: x.correct, total: x.total, percent: x.percent })),
  };
}

export function toBlueprint(v: BlueprintView): ExamBlueprintModel {
  const b = v.blueprint;
  return {
    id: b.id,
    edition: b.edition,
    effectiveFrom: b.effectiveFrom,
    questionCount: b.questionCount,
    minutes: b.minutes,
    provisional: b.provisional,
    weights: v.weights.map((w) => ({ domain: toDomain(w.domain), weight: w.weight, percent: w.percent, questionCount: w.questionCount })),
  };
}

export function toQuizSettings(q: QuizEntity, manager: boolean): QuizSettingsModel {
  return {
    selection: q.selection,
    // Students see how many questions there are, not which.
    questionIds: manager ? q.questionIds : [],
    rule: q.rule ? { domainIds: q.rule.domainIds, modalityIds: q.rule.modalityIds, difficulty: q.rule.difficulty ?? null, count: q.rule.count } : null,
    feedback: q.feedback,
    timeLimitMinutes: q.timeLimitMinutes,
    shuffle: q.shuffle,
    questionCount: quizQuestionCount(q),
  };
}

/** Practice quizzes and mock exams, for the student taking them; blueprints for everyone signed in (publishing: platform admins). */
@Resolver(() => AttemptModel)
export class AttemptsResolver {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly blueprints: BlueprintsService,
  ) {}

  @Authenticated()
  @Query(() => AttemptModel, { nullable: true, description: 'Your attempt (once submitted, also a quiz attempt in a cohort you manage); NOT_FOUND otherwise. Reading it after its time ran out submits it.' })
  async attempt(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AttemptModel> {
    return toAttempt(await this.attempts.viewable(viewer, id));
  }

  @Authenticated()
  @Query(() => AttemptSummaryPage, { description: 'Your practice-quiz attempts and mock exams, newest first.' })
  async myAttempts(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs): Promise<AttemptSummaryPage> {
    const page = await this.attempts.mine(viewer, { first: args.first ?? 20, after: args.after });
    return { ...page, nodes: page.nodes.map(toSummary) };
  }

  @Authenticated()
  @Query(() => AttemptModel, { nullable: true, description: 'Your mock exam in progress, if any (lesson material is hidden while it runs).' })
  async activeMockAttempt(@CurrentViewer() viewer: Viewer): Promise<AttemptModel | null> {
    const v = await this.attempts.activeMock(viewer);
    return v && toAttempt(v);
  }

  @Authenticated()
  @Query(() => ExamBlueprintModel, { description: 'The mock exam’s blueprint in force today.' })
  async examBlueprint(): Promise<ExamBlueprintModel> {
    return toBlueprint(await this.blueprints.current());
  }

  @Allow(Permission.ManageCredentialRules)
  @Query(() => [ExamBlueprintModel], { description: 'Every blueprint edition, the newest effective date first.' })
  async examBlueprints(): Promise<ExamBlueprintModel[]> {
    return (await this.blueprints.editions()).map(toBlueprint);
  }

  @Allow(Permission.ManageCredentialRules)
  @Mutation(() => ExamBlueprintModel, { description: 'Publish a new blueprint edition, effective after the latest one. Existing editions never change.' })
  async publishExamBlueprint(@CurrentViewer() viewer: Viewer, @Args('input') input: ExamBlueprintInput): Promise<ExamBlueprintModel> {
    return toBlueprint(await this.blueprints.publish(viewer, { ...input, provisional: input.provisional ?? false }));
  }

  @Authenticated()
  @Mutation(() => AttemptModel, { description: 'Start a published practice quiz of a cohort you are enrolled in; returns your attempt in progress if there is one.' })
  async startQuizAttempt(@CurrentViewer() viewer: Viewer, @Args('assignmentId', { type: () => ID }) assignmentId: string): Promise<AttemptModel> {
    return toAttempt(await this.attempts.startQuiz(viewer, assignmentId));
  }

  @Authenticated()
  @Mutation(() => AttemptModel, { description: 'Start a mock exam by the current blueprint. CONFLICT when one is in progress (resume it: activeMockAttempt) or a domain lacks reviewed questions.' })
  async startMockExam(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID, nullable: true, description: 'A cohort you are enrolled in, whose readiness view counts it.' }) cohortId?: string | null,
  ): Promise<AttemptModel> {
    return toAttempt(await this.attempts.startMock(viewer, cohortId));
  }

  @Authenticated()
  @Mutation(() => AttemptItemModel, {
    description: 'Answer (optionId; null clears it), flag, or both, at a position. CONFLICT after the deadline or submit, and for a changed answer once IMMEDIATE feedback was shown.',
  })
  async answerItem(
    @CurrentViewer() viewer: Viewer,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('position', { type: () => Int }) position: number,
    @Args('optionId', { type: () => ID, nullable: true }) optionId?: string | null,
    @Args('flagged', { type: () => Boolean, nullable: true }) flagged?: boolean | null,
  ): Promise<AttemptItemModel> {
    const { view, item } = await this.attempts.answer(viewer, attemptId, { position, optionId, flagged });
    return toAttemptItem(item, toAttempt(view));
  }

  @Authenticated()
  @Mutation(() => AttemptModel, { description: 'Remember where you are in the attempt (resume after a reload).' })
  async moveTo(@CurrentViewer() viewer: Viewer, @Args('attemptId', { type: () => ID }) attemptId: string, @Args('position', { type: () => Int }) position: number): Promise<AttemptModel> {
    return toAttempt(await this.attempts.moveTo(viewer, attemptId, position));
  }

  @Authenticated()
  @Mutation(() => AttemptModel, { description: 'Hand the attempt in and score it. Idempotent. A practice quiz’s result becomes your graded, returned homework.' })
  async submitAttempt(@CurrentViewer() viewer: Viewer, @Args('attemptId', { type: () => ID }) attemptId: string): Promise<AttemptModel> {
    return toAttempt(await this.attempts.submit(viewer, attemptId));
  }

  @Authenticated()
  @ResolveField(() => [AttemptItemModel], { description: 'A page of items in order; the review screen asks for all of them.' })
  async items(@Parent() a: AttemptOut, @Args() args: AttemptItemsArgs): Promise<AttemptItemModel[]> {
    return (await this.attempts.items(a.view, args.from, args.count)).map((item) => toAttemptItem(item, a));
  }

  @Authenticated()
  @ResolveField(() => AttemptResultModel, { nullable: true, description: 'Once submitted.' })
  async result(@Parent() a: AttemptOut): Promise<AttemptResultModel | null> {
    const r = await this.attempts.result(a.view);
    return r && toResult(r);
  }
}

/** A QUIZ assignment's settings and the viewer's attempts at it. */
@Resolver(() => AssignmentModel)
export class AssignmentQuizResolver {
  @Authenticated()
  @ResolveField(() => QuizSettingsModel, { nullable: true, description: 'QUIZ only. Students see the settings but not which questions a FIXED quiz has.' })
  async quiz(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<QuizSettingsModel | null> {
    if (a.kind !== 'QUIZ') return null;
    const quiz = await ctx.loaders.quizByAssignment.load(a.id);
    if (!quiz) return null;
    const access = await ctx.loaders.accessByCohort.load(a.cohortId);
    return toQuizSettings(quiz, access.manage);
  }

  @Authenticated()
  @ResolveField(() => [AttemptSummaryModel], { description: 'Your attempts at this quiz, newest first (empty for other kinds).' })
  async myAttempts(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<AttemptSummaryModel[]> {
    if (a.kind !== 'QUIZ') return [];
    if (!ctx.viewer) throw AppError.unauthenticated();
    return (await ctx.loaders.viewerAttemptsByAssignment.load(a.id)).map(toSummary);
  }
}
