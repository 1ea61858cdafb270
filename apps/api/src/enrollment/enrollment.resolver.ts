import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow, Authenticated } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { CohortModel, toCohort } from '../cohorts/cohort.model';
import { EnrollmentService } from './enrollment.service';
import { EnrollmentModel, RosterArgs, RosterPage, toEnrollment } from './enrollment.model';
import type { EnrollmentEntity } from './enrollment.entity';

@Resolver(() => EnrollmentModel)
export class EnrollmentResolver {
  constructor(private readonly enrollment: EnrollmentService) {}

  @Allow(Permission.ManageCohort)
  @Query(() => RosterPage, { description: 'A cohort’s students: enrolled, pending, waitlisted (in order).' })
  async cohortRoster(@CurrentViewer() viewer: Viewer, @Args() args: RosterArgs): Promise<RosterPage> {
    return this.enrollment.roster(viewer, args.cohortId, args);
  }

  @Authenticated()
  @Mutation(() => EnrollmentModel, { description: 'Enroll (or ask to). Enrolling twice returns the same enrollment.' })
  async enroll(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<EnrollmentModel> {
    return this.withPosition(viewer, await this.enrollment.enroll(viewer, cohortId));
  }

  @Authenticated()
  @Mutation(() => EnrollmentModel, { description: 'Join with the invite code a mentor shared.' })
  async joinCohortByCode(@CurrentViewer() viewer: Viewer, @Args('code') code: string): Promise<EnrollmentModel> {
    return this.withPosition(viewer, await this.enrollment.joinByCode(viewer, code));
  }

  @Authenticated()
  @Mutation(() => EnrollmentModel)
  async leaveCohort(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<EnrollmentModel> {
    return toEnrollment(await this.enrollment.leave(viewer, cohortId));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => EnrollmentModel)
  async approveEnrollment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EnrollmentModel> {
    return toEnrollment(await this.enrollment.approve(viewer, id));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => EnrollmentModel)
  async declineEnrollment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EnrollmentModel> {
    return toEnrollment(await this.enrollment.decline(viewer, id));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => EnrollmentModel)
  async removeEnrollment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EnrollmentModel> {
    return toEnrollment(await this.enrollment.remove(viewer, id));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => EnrollmentModel, { description: 'Move a student to another cohort you manage.' })
  async moveEnrollment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('targetCohortId', { type: () => ID }) targetCohortId: string,
  ): Promise<EnrollmentModel> {
    return toEnrollment(await this.enrollment.move(viewer, id, targetCohortId));
  }

  /** The viewer's own row again, with its place in the queue when waitlisted. */
  private async withPosition(viewer: Viewer, e: EnrollmentEntity): Promise<EnrollmentModel> {
    const [own] = await this.enrollment.forViewer(viewer, [e.cohortId]);
    return toEnrollment(own ?? e);
  }

  @Authenticated()
  @ResolveField(() => CohortModel)
  async cohort(@Parent() e: EnrollmentModel, @Context() ctx: GqlContext): Promise<CohortModel> {
    return toCohort((await ctx.loaders.cohortById.load(e.cohortId))!);
  }
}
