import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { nowUtc, Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer, OptionalViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { ChapterModel, toChapter } from '../chapters/chapter.model';
import { EnrollmentModel, toEnrollment } from '../enrollment/enrollment.model';
import { CohortsService } from './cohorts.service';
import { CohortAccessService } from './cohort-access.service';
import {
  CohortMentorModel,
  CohortModel,
  CohortPage,
  CohortTemplateModel,
  MeetingModel,
  ModalityModel,
  SeatsModel,
  SessionModel,
  toCohort,
  toModality,
  toSession,
  toTemplate,
} from './cohort.model';
import { CatalogArgs, ChapterCohortsArgs, CreateCohortInput, SetCohortStatusArgs, UpdateCohortInput } from './dto/cohorts.inputs';

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(
    private readonly service: CohortsService,
    private readonly access: CohortAccessService,
  ) {}

  @Public()
  @Query(() => [ModalityModel], { description: 'Imaging modalities (data a platform admin maintains).' })
  async modalities(): Promise<ModalityModel[]> {
    return (await this.service.modalities()).filter((m) => !m.retiredAt).map(toModality);
  }

  @Public()
  @Query(() => CohortPage, { description: 'Open cohorts across chapters, soonest first.' })
  async catalog(@Args() args: CatalogArgs): Promise<CohortPage> {
    const page = await this.service.catalog(args.filter ?? {}, args);
    return { ...page, nodes: page.nodes.map(toCohort) };
  }

  @Public()
  @Query(() => CohortModel, { description: 'A cohort page. Drafts are visible to their mentors and chapter admins only.' })
  async cohort(@OptionalViewer() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string): Promise<CohortModel> {
    return toCohort((await this.access.viewable(viewer, id)).cohort);
  }

  @Authenticated()
  @Query(() => [CohortModel], { description: 'Cohorts you mentor or are enrolled, waitlisted or pending in.' })
  async myCohorts(@CurrentViewer() viewer: Viewer): Promise<CohortModel[]> {
    return (await this.service.mine(viewer)).map(toCohort);
  }

  @Allow(Permission.ViewChapterCohorts)
  @Query(() => CohortPage, { description: 'Every cohort of a chapter, newest first (its admins).' })
  async chapterCohorts(@CurrentViewer() viewer: Viewer, @Args() args: ChapterCohortsArgs): Promise<CohortPage> {
    const page = await this.service.chapterCohorts(viewer, args.chapterId, args);
    return { ...page, nodes: page.nodes.map(toCohort) };
  }

  @Authenticated()
  @Query(() => [SessionModel], { description: 'Your sessions (as student or mentor) between two instants, at most 200.' })
  async mySchedule(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ): Promise<SessionModel[]> {
    if (!(from < to)) throw AppError.validation({ to: ['The end of the range must be after its start.'] });
    const rows = await this.service.schedule(viewer, from, to);
    const now = nowUtc();
    return rows.map((s) => toSession(s, now));
  }

  @Authenticated()
  @Query(() => SessionModel, { nullable: true, description: 'Your next session that has not ended.' })
  async nextSession(@CurrentViewer() viewer: Viewer): Promise<SessionModel | null> {
    const s = await this.service.nextSession(viewer);
    return s ? toSession(s) : null;
  }

  @Allow(Permission.CreateCohort)
  @Query(() => [CohortTemplateModel], { description: 'Your saved cohort templates.' })
  async cohortTemplates(@CurrentViewer() viewer: Viewer): Promise<CohortTemplateModel[]> {
    return (await this.service.templates(viewer)).map(toTemplate);
  }

  @Allow(Permission.CreateCohort)
  @Mutation(() => CohortModel, { description: 'Schedule a cohort (as a draft) with its sessions.' })
  async createCohort(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCohortInput): Promise<CohortModel> {
    return toCohort(await this.service.create(viewer, input));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortModel)
  async updateCohort(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCohortInput): Promise<CohortModel> {
    return toCohort(await this.service.update(viewer, { ...input }));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortModel, { description: 'Publish (OPEN), start (RUNNING), complete, cancel, or return to DRAFT.' })
  async setCohortStatus(@CurrentViewer() viewer: Viewer, @Args() args: SetCohortStatusArgs): Promise<CohortModel> {
    return toCohort(await this.service.setStatus(viewer, args.id, args.status));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortModel, { description: 'Add a co-mentor (a mentor of the same chapter) by email.' })
  async addCoMentor(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('email') email: string,
  ): Promise<CohortModel> {
    await this.service.addCoMentor(viewer, cohortId, email);
    return toCohort((await this.access.viewable(viewer, cohortId)).cohort);
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortModel)
  async removeCoMentor(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CohortModel> {
    await this.service.removeCoMentor(viewer, cohortId, userId);
    return toCohort((await this.access.viewable(viewer, cohortId)).cohort);
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortModel, { description: 'Replace the invite code; the old one stops working.' })
  async regenerateInviteCode(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<CohortModel> {
    return toCohort(await this.service.regenerateInviteCode(viewer, cohortId));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortTemplateModel, { description: 'Save this cohort’s setup to start a next season from.' })
  async saveCohortTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('name') name: string,
  ): Promise<CohortTemplateModel> {
    return toTemplate(await this.service.saveTemplate(viewer, cohortId, { name }));
  }

  @Allow(Permission.CreateCohort)
  @Mutation(() => CohortTemplateModel)
  async deleteCohortTemplate(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CohortTemplateModel> {
    return toTemplate(await this.service.deleteTemplate(viewer, id));
  }

  // ---- fields (batched through the request's loaders) ----

  @Public()
  @ResolveField(() => ChapterModel)
  async chapter(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<ChapterModel> {
    return toChapter((await ctx.loaders.chapterById.load(c.chapterId))!);
  }

  @Public()
  @ResolveField('modalities', () => [ModalityModel])
  async cohortModalities(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<ModalityModel[]> {
    return (await ctx.loaders.modalitiesByCohort.load(c.id)).map(toModality);
  }

  @Public()
  @ResolveField(() => [CohortMentorModel])
  async mentors(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<CohortMentorModel[]> {
    return ctx.loaders.mentorsByCohort.load(c.id);
  }

  @Public()
  @ResolveField(() => [SessionModel], { description: 'Every session, cancelled ones included, by start time.' })
  async sessions(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<SessionModel[]> {
    const now = nowUtc();
    return (await ctx.loaders.sessionsByCohort.load(c.id)).map(({ entity }) => toSession(entity, now));
  }

  @Public()
  @ResolveField('nextSession', () => SessionModel, { nullable: true, description: 'The next scheduled session that has not ended.' })
  async cohortNextSession(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<SessionModel | null> {
    const now = nowUtc();
    const next = (await ctx.loaders.sessionsByCohort.load(c.id)).find(
      ({ entity }) => entity.status === 'SCHEDULED' && entity.endsAt > now.toJSDate(),
    );
    return next ? toSession(next.entity, now) : null;
  }

  @Public()
  @ResolveField(() => SeatsModel)
  async seats(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<SeatsModel> {
    const s = await ctx.loaders.seatsByCohort.load(c.id);
    return { capacity: c.capacity, enrolled: s.enrolled, left: Math.max(0, c.capacity - s.enrolled), waitlisted: s.waitlisted, pending: s.pending };
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'You may edit it (mentor or chapter admin).' })
  async viewerCanManage(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.accessOf(c, ctx)).manage;
  }

  @Public()
  @ResolveField(() => EnrollmentModel, { nullable: true, description: 'Your own enrollment, if any.' })
  async viewerEnrollment(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<EnrollmentModel | null> {
    const e = await ctx.loaders.viewerEnrollmentByCohort.load(c.id);
    return e ? toEnrollment(e) : null;
  }

  @Public()
  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting link: enrolled students and mentors only, null for others.' })
  async meeting(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<MeetingModel | null> {
    const cohort = (await ctx.loaders.cohortById.load(c.id))!;
    if (!(await this.accessOf(c, ctx)).participate) return null;
    return { url: cohort.meetingUrl, passcode: cohort.meetingPasscode };
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Invite code for students to join: mentors and chapter admins only.' })
  async inviteCode(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<string | null> {
    const cohort = (await ctx.loaders.cohortById.load(c.id))!;
    return (await this.accessOf(c, ctx)).manage ? cohort.inviteCode : null;
  }

  private accessOf(c: CohortModel, ctx: GqlContext) {
    return ctx.loaders.accessByCohort.load(c.id);
  }
}
