import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { StoredFileModel, toStoredFile } from '../files/stored-file.model';
import { AssignmentModel, SubmissionCountsModel, SubmissionStatusEnum, type SubmissionStatusView, toAssignment } from './assignment.model';
import {
  SubmissionDraftInput,
  SubmissionModel,
  SubmissionStudentModel,
  SubmissionVersionModel,
  submissionStatusOf,
  toSubmission,
  toSubmissionVersion,
} from './submission.model';
import { SubmissionsService } from './submissions.service';
import { SubmissionStatus } from './submission.entity';

/**
 * A submission is reachable only by its student and the cohort's managers (the service
 * and the `viewerSubmission` field decide), so everything under it — versions, files and
 * their signed links — is for them.
 */
@Resolver(() => SubmissionModel)
export class SubmissionsResolver {
  constructor(private readonly submissions: SubmissionsService) {}

  @Authenticated()
  @Query(() => SubmissionModel, { description: 'A submission: its student’s, or any in a cohort you manage; NOT_FOUND otherwise.' })
  async submission(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SubmissionModel> {
    const { submission, manages } = await this.submissions.viewable(viewer, id);
    return toSubmission(submission, { viewerId: viewer.userId, manages });
  }

  @Authenticated()
  @Mutation(() => SubmissionModel, {
    description: 'Autosave your draft (text and files). Saving the same content again changes nothing; CONFLICT when another tab saved a newer revision.',
  })
  async saveSubmissionDraft(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmissionDraftInput): Promise<SubmissionModel> {
    return toSubmission(await this.submissions.saveDraft(viewer, input), { viewerId: viewer.userId, manages: false });
  }

  @Authenticated()
  @Mutation(() => SubmissionModel, {
    description: 'Hand in your draft as a new version. The same idempotencyKey never adds a second version (double clicks, retries).',
  })
  async submitAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ): Promise<SubmissionModel> {
    return toSubmission(await this.submissions.submit(viewer, assignmentId, idempotencyKey), { viewerId: viewer.userId, manages: false });
  }

  @Authenticated()
  @ResolveField(() => AssignmentModel)
  async assignment(@Parent() s: SubmissionModel, @Context() ctx: GqlContext): Promise<AssignmentModel> {
    const a = await ctx.loaders.assignmentById.load(s.assignmentId);
    if (!a) throw AppError.notFound('That assignment');
    return toAssignment(a);
  }

  @Authenticated()
  @ResolveField(() => SubmissionStudentModel)
  async student(@Parent() s: SubmissionModel, @Context() ctx: GqlContext): Promise<SubmissionStudentModel> {
    const u = await ctx.loaders.studentById.load(s.studentId);
    if (!u) throw AppError.notFound('That student');
    return { id: u.id, displayName: u.displayName, email: s.viewerManages ? u.email : null };
  }

  @Authenticated()
  @ResolveField(() => SubmissionStatusEnum, { description: 'MISSING while nothing is saved, DRAFT, SUBMITTED or RETURNED.' })
  async status(@Parent() s: SubmissionModel, @Context() ctx: GqlContext): Promise<SubmissionStatusView> {
    const row = { status: s.rawStatus, draftMarkdown: s.rawDraftMarkdown };
    // Only an empty draft's files decide between MISSING and DRAFT.
    const empty = s.rawStatus === SubmissionStatus.Draft && !s.rawDraftMarkdown.trim();
    return submissionStatusOf(row, empty && (await ctx.loaders.draftFilesBySubmission.load(s.id)).length > 0);
  }

  @Authenticated()
  @ResolveField(() => [StoredFileModel], { description: 'Files on the draft, in order (empty for anyone but the student).' })
  async draftFiles(@Parent() s: SubmissionModel, @Context() ctx: GqlContext): Promise<StoredFileModel[]> {
    if (!s.viewerIsStudent) return [];
    return (await ctx.loaders.draftFilesBySubmission.load(s.id)).map(toStoredFile);
  }

  @Authenticated()
  @ResolveField(() => [SubmissionVersionModel], { description: 'Every submitted version, newest first.' })
  async versions(@Parent() s: SubmissionModel, @Context() ctx: GqlContext): Promise<SubmissionVersionModel[]> {
    return (await ctx.loaders.versionsBySubmission.load(s.id)).map(toSubmissionVersion);
  }
}

@Resolver(() => SubmissionVersionModel)
export class SubmissionVersionsResolver {
  @Authenticated()
  @ResolveField(() => [StoredFileModel], { description: 'The files handed in with this version, in order.' })
  async files(@Parent() v: SubmissionVersionModel, @Context() ctx: GqlContext): Promise<StoredFileModel[]> {
    return (await ctx.loaders.filesBySubmissionVersion.load(v.id)).map(toStoredFile);
  }
}

@Resolver(() => AssignmentModel)
export class AssignmentSubmissionsResolver {
  @Public()
  @ResolveField(() => SubmissionModel, { nullable: true, description: 'Your own submission (null until you save something).' })
  async viewerSubmission(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<SubmissionModel | null> {
    if (!ctx.viewer) return null;
    const s = await ctx.loaders.viewerSubmissionByAssignment.load(a.id);
    if (!s) return null;
    const access = await ctx.loaders.accessByCohort.load(a.cohortId);
    return toSubmission(s, { viewerId: ctx.viewer.userId, manages: access.manage });
  }

  @Public()
  @ResolveField(() => SubmissionCountsModel, {
    nullable: true,
    description:
      'For the cohort’s managers (null for others): enrolled students; submitted = handed in (SUBMITTED or RETURNED), late among them, returned; missing = enrolled and not handed in (drafts included).',
  })
  async submissionCounts(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<SubmissionCountsModel | null> {
    if (!ctx.viewer || !(await ctx.loaders.accessByCohort.load(a.cohortId)).manage) return null;
    return ctx.loaders.submissionCountsByAssignment.load(a.id);
  }
}
