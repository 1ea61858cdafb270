import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { describeForViewer, Permission } from '@gantry/shared';
import { Allow, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { SessionsService } from './sessions.service';
import { CohortModel, SessionModel, toCohort, toSession } from './cohort.model';
import { MakeupSessionInput, RescheduleSessionInput, ShiftSessionsInput } from './dto/cohorts.inputs';
import type { CohortSessionEntity } from './cohort-session.entity';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Allow(Permission.ManageCohort)
  @Mutation(() => SessionModel, { description: 'Move one session (local date and time in the cohort zone).' })
  async rescheduleSession(@CurrentViewer() viewer: Viewer, @Args('input') input: RescheduleSessionInput): Promise<SessionModel> {
    return this.numbered(await this.sessions.reschedule(viewer, { ...input }));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => SessionModel)
  async cancelSession(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<SessionModel> {
    return this.numbered(await this.sessions.cancel(viewer, sessionId, reason));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => SessionModel)
  async addMakeupSession(@CurrentViewer() viewer: Viewer, @Args('input') input: MakeupSessionInput): Promise<SessionModel> {
    const { cohortId, ...rest } = input;
    return this.numbered(await this.sessions.addMakeup(viewer, cohortId, rest));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => [SessionModel], { description: 'Move a session and every later one by whole days, keeping local times.' })
  async shiftSessions(@CurrentViewer() viewer: Viewer, @Args('input') input: ShiftSessionsInput): Promise<SessionModel[]> {
    const moved = await this.sessions.shiftFrom(viewer, input.sessionId, { days: input.days });
    return moved.map((s) => this.numbered(s));
  }

  @Public()
  @ResolveField(() => Int, { description: '1-based position in the cohort, by start time (cancelled sessions count).' })
  async number(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<number> {
    // The cohort's sessions are loaded once per request for all sessions asked about.
    const all = await ctx.loaders.sessionsByCohort.load(s.cohortId);
    return all.find((x) => x.entity.id === s.id)?.number ?? 0;
  }

  @Public()
  @ResolveField(() => CohortModel)
  async cohort(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<CohortModel> {
    return toCohort((await ctx.loaders.cohortById.load(s.cohortId))!);
  }

  @Public()
  @ResolveField(() => String, { description: 'Start in the viewer’s zone, e.g. "Tue, Mar 10, 8:00 PM CDT".' })
  async startsAtViewer(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<string> {
    return (await this.times(s, ctx)).viewer;
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'The cohort’s local start time when it differs from the viewer’s.' })
  async startsAtCohort(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.times(s, ctx)).cohort;
  }

  private async times(s: SessionModel, ctx: GqlContext) {
    const cohort = (await ctx.loaders.cohortById.load(s.cohortId))!;
    const viewerZone = ctx.viewer ? ((await ctx.loaders.userById.load(ctx.viewer.userId))?.timeZone ?? cohort.timeZone) : cohort.timeZone;
    return describeForViewer(new Date(s.startsAt).toISOString(), viewerZone, cohort.timeZone);
  }

  private numbered(e: CohortSessionEntity): SessionModel {
    return toSession(e);
  }
}
