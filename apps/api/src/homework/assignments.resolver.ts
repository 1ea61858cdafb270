import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { describeRelativeDue, effectiveDueAt, Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { PageArgs } from '../common/pagination/pagination';
import { CohortModel, SessionModel, toSession } from '../cohorts/cohort.model';
import { DueMode, type AssignmentEntity } from './assignment.entity';
import {
  AssignmentExtensionModel,
  AssignmentInput,
  AssignmentModel,
  HomeworkPage,
  toAssignment,
  UpdateAssignmentInput,
} from './assignment.model';
import { AssignmentsService } from './assignments.service';

@ArgsType()
export class MyHomeworkArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include SUBMITTED and RETURNED work.' })
  includeDone?: boolean | null;
}

@Resolver(() => AssignmentModel)
export class AssignmentsResolver {
  constructor(private readonly assignments: AssignmentsService) {}

  @Authenticated()
  @Query(() => AssignmentModel, { description: 'An assignment of a cohort you manage, or a published one of a cohort you are enrolled in.' })
  async assignment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AssignmentModel> {
    return toAssignment(await this.assignments.viewable(viewer, id));
  }

  @Authenticated()
  @Query(() => HomeworkPage, { description: 'Your homework across the cohorts you are enrolled in, by your own due time.' })
  async myHomework(@CurrentViewer() viewer: Viewer, @Args() args: MyHomeworkArgs): Promise<HomeworkPage> {
    const page = await this.assignments.myHomework(viewer, !!args.includeDone, args);
    return { ...page, nodes: page.nodes.map((n) => ({ ...n, assignment: toAssignment(n.assignment) })) };
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => AssignmentModel, { description: 'Set homework on a session (a draft unless `publish`).' })
  async createAssignment(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignmentInput): Promise<AssignmentModel> {
    return toAssignment(await this.assignments.create(viewer, input));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => AssignmentModel, { description: 'Edit an assignment; CONFLICT when someone changed it since `expectedVersion`.' })
  async updateAssignment(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateAssignmentInput): Promise<AssignmentModel> {
    return toAssignment(await this.assignments.update(viewer, input));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => AssignmentModel, { description: 'Show an assignment to the cohort’s students, or hide it again.' })
  async setAssignmentPublished(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('published', { type: () => Boolean }) published: boolean,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<AssignmentModel> {
    return toAssignment(await this.assignments.setPublished(viewer, id, published, expectedVersion));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => ID, { description: 'Delete an assignment; refused (CONFLICT) once anyone has submitted.' })
  async deleteAssignment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.assignments.delete(viewer, id);
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => [AssignmentModel], { description: 'Move an assignment to `position` (0-based) within its session; answers the session’s assignments in order.' })
  async moveAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<AssignmentModel[]> {
    return (await this.assignments.move(viewer, id, position)).map(toAssignment);
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => AssignmentExtensionModel, { description: 'Give one enrolled student a later due time (replaces an earlier extension).' })
  async grantExtension(
    @CurrentViewer() viewer: Viewer,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('dueAt', { type: () => Date }) dueAt: Date,
  ): Promise<AssignmentExtensionModel> {
    const x = await this.assignments.grantExtension(viewer, assignmentId, studentId, dueAt);
    return { assignmentId: x.assignmentId, studentId: x.studentId, dueAt: x.dueAt };
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => Boolean, { description: 'Take an extension back; false when there was none.' })
  async revokeExtension(
    @CurrentViewer() viewer: Viewer,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('studentId', { type: () => ID }) studentId: string,
  ): Promise<boolean> {
    return this.assignments.revokeExtension(viewer, assignmentId, studentId);
  }

  @Authenticated()
  @ResolveField(() => SessionModel, { description: 'The session the assignment is set on.' })
  async session(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<SessionModel> {
    const s = await ctx.loaders.sessionById.load(a.sessionId);
    if (!s) throw AppError.notFound('That session');
    return toSession(s);
  }

  @Authenticated()
  @ResolveField(() => String, { nullable: true, description: 'RELATIVE only: e.g. "1 hour before session 3".' })
  async dueDescription(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<string | null> {
    if (a.dueMode !== DueMode.Relative || !a.dueSessionId || a.dueOffsetMinutes === null) return null;
    const number = (await ctx.loaders.sessionsByCohort.load(a.cohortId)).find((s) => s.entity.id === a.dueSessionId)?.number;
    return number ? describeRelativeDue(a.dueOffsetMinutes, number) : null;
  }

  @Authenticated()
  @ResolveField(() => Date, { description: 'Your due time: your extension if you have one, else dueAt.' })
  async viewerDueAt(@Parent() a: AssignmentModel, @Context() ctx: GqlContext): Promise<Date> {
    const own = await ctx.loaders.extensionByAssignment.load(a.id);
    return new Date(effectiveDueAt(a.dueAt.toISOString(), own?.toISOString()));
  }
}

/** What of a list the viewer sees, given their access to its cohort. */
async function visibleIn(cohortId: string, list: AssignmentEntity[], ctx: GqlContext, assignments: AssignmentsService): Promise<AssignmentModel[]> {
  if (!list.length) return [];
  const access = await ctx.loaders.accessByCohort.load(cohortId);
  return assignments.visible(list, access).map(toAssignment);
}

@Resolver(() => SessionModel)
export class SessionAssignmentsResolver {
  constructor(private readonly service: AssignmentsService) {}

  @Public()
  @ResolveField(() => [AssignmentModel], { description: 'In order. Managers see every assignment; enrolled students published ones; others none.' })
  async assignments(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<AssignmentModel[]> {
    return visibleIn(s.cohortId, await ctx.loaders.assignmentsBySession.load(s.id), ctx, this.service);
  }
}

@Resolver(() => CohortModel)
export class CohortAssignmentsResolver {
  constructor(private readonly service: AssignmentsService) {}

  @Public()
  @ResolveField(() => [AssignmentModel], { description: 'By due time. Managers see every assignment; enrolled students published ones; others none.' })
  async assignments(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<AssignmentModel[]> {
    return visibleIn(c.id, await ctx.loaders.assignmentsByCohort.load(c.id), ctx, this.service);
  }
}
