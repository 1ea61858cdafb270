import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { DateTime, Permission } from '@gantry/shared';
import { Allow, Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { PubSubService } from '../common/pubsub/pubsub.service';
import { reauthorizing } from '../common/pubsub/reauthorizing';
import { CohortModel, SessionModel, toCohort, toSession } from '../cohorts/cohort.model';
import { rosterTrigger, type RosterEventPayload } from './attendance-events';
import {
  AttendanceChangeModel,
  AttendanceGridModel,
  AttendanceRecordModel,
  AttendanceRuleModel,
  AttendanceStudentModel,
  ContactHoursModel,
  RosterEventModel,
  SessionRosterModel,
  toAttendanceChange,
  toAttendanceRecord,
  toAttendanceStudent,
  toContactHours,
} from './attendance.model';
import { AttendanceService, fromPayload, type SessionRosterData } from './attendance.service';
import { AttendanceRuleInput, SetAttendanceInput } from './dto/attendance.inputs';

@ArgsType()
export class CohortAttendanceArgs {
  @Field(() => ID) cohortId!: string;
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Students per page, 1–100.' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** Roster data → GraphQL; only managers reach a roster, so emails are shown. */
function toRoster(r: SessionRosterData): SessionRosterModel {
  const now = DateTime.utc();
  return {
    session: toSession(r.session, now),
    rows: r.rows.map((row) => ({ student: toAttendanceStudent(row.student, true), record: row.record ? toAttendanceRecord(row.record) : null })),
    present: r.present,
    late: r.late,
    missing: r.missing,
    total: r.total,
  };
}

/**
 * Attendance operations. Managers are the cohort's mentors, its chapter's admins and
 * platform admins (checked per cohort in the service: NOT_FOUND for anyone else).
 */
@Resolver()
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly pubsub: PubSubService,
  ) {}

  @Authenticated()
  @Mutation(() => AttendanceRecordModel, {
    description: 'Check in to a session (enrolled students, from 15 minutes before the start to the end). Idempotent: a second check-in changes nothing.',
  })
  async checkIn(@CurrentViewer() viewer: Viewer, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<AttendanceRecordModel> {
    return toAttendanceRecord(await this.attendance.checkIn(viewer, sessionId));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => AttendanceRecordModel, { description: 'Mark or override a student’s attendance; CONFLICT when the record changed since `expectedVersion`.' })
  async setAttendance(@CurrentViewer() viewer: Viewer, @Args('input') input: SetAttendanceInput): Promise<AttendanceRecordModel> {
    return toAttendanceRecord(await this.attendance.setAttendance(viewer, input));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => SessionRosterModel, { description: 'Everyone enrolled without a record becomes ABSENT (once the session has started).' })
  async markMissingAbsent(@CurrentViewer() viewer: Viewer, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<SessionRosterModel> {
    return toRoster(await this.attendance.markMissingAbsent(viewer, sessionId));
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => CohortModel, { description: 'The cohort’s attendance rule: present/late thresholds and the share a certificate needs.' })
  async setAttendanceRule(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('input') input: AttendanceRuleInput,
  ): Promise<CohortModel> {
    return toCohort(await this.attendance.setAttendanceRule(viewer, cohortId, input));
  }

  @Allow(Permission.ManageCohort)
  @Query(() => SessionRosterModel, { description: 'Every enrolled student of a session you manage, with their record (null: not checked in).' })
  async sessionRoster(@CurrentViewer() viewer: Viewer, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<SessionRosterModel> {
    return toRoster(await this.attendance.sessionRoster(viewer, sessionId));
  }

  @Allow(Permission.ManageCohort)
  @Query(() => AttendanceGridModel, { description: 'Enrolled students (a page, by name) × the cohort’s sessions in order, with contact hours.' })
  async cohortAttendance(@CurrentViewer() viewer: Viewer, @Args() args: CohortAttendanceArgs): Promise<AttendanceGridModel> {
    const g = await this.attendance.cohortAttendance(viewer, args.cohortId, { first: args.first ?? 50, after: args.after });
    const now = DateTime.utc();
    return {
      sessions: g.sessions.map((s) => toSession(s, now)),
      rows: g.rows.map((r) => ({
        student: toAttendanceStudent(r.student, true),
        cells: r.cells.map((c) => (c ? toAttendanceRecord(c) : null)),
        hours: toContactHours(r.hours, g.cohort.certificateMinPercent),
      })),
      pageInfo: g.pageInfo,
      totalCount: g.totalCount,
    };
  }

  @Allow(Permission.ManageCohort)
  @Subscription(() => RosterEventModel, {
    description: 'Every change to a session’s attendance records, for the cohort’s managers.',
    resolve(this: void, payload: RosterEventPayload, _args: unknown, ctx: GqlContext): RosterEventModel {
      const record = fromPayload(payload.record);
      // The socket's loaders live as long as the subscription: forget what they knew of this record.
      ctx.loaders?.attendanceHistoryByRecord?.clear(record.id);
      return { sessionId: payload.sessionId, row: { student: toAttendanceStudent(payload.student, true), record: toAttendanceRecord(record) } };
    },
  })
  async rosterChanged(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Context() ctx: GqlContext,
  ): Promise<AsyncIterableIterator<RosterEventPayload>> {
    await this.attendance.managedSession(viewer, sessionId);
    // Names and emails keep flowing for hours: check again now and then that the viewer is
    // still signed in and still manages the cohort.
    return reauthorizing(this.pubsub.asyncIterator<RosterEventPayload>(rosterTrigger(sessionId)), async () => {
      const now = ctx.refreshViewer ? await ctx.refreshViewer() : viewer;
      if (!now) throw AppError.unauthenticated();
      await this.attendance.managedSession(now, sessionId);
    });
  }
}

@Resolver(() => AttendanceRecordModel)
export class AttendanceRecordResolver {
  @Public()
  @ResolveField(() => AttendanceStudentModel, { nullable: true, description: 'Who changed it last (null for the student’s own check-in or the system).' })
  async updatedBy(@Parent() r: AttendanceRecordModel, @Context() ctx: GqlContext): Promise<AttendanceStudentModel | null> {
    if (!r.updatedById || r.updatedById === r.userId) return null;
    const [person, access] = await Promise.all([ctx.loaders.attendancePersonById.load(r.updatedById), ctx.loaders.accessByCohort.load(r.cohortId)]);
    return person ? toAttendanceStudent(person, access.manage || person.id === ctx.viewer?.userId) : null;
  }

  @Public()
  @ResolveField(() => [AttendanceChangeModel], { description: 'Every change, oldest first: for the cohort’s managers (empty for anyone else).' })
  async history(@Parent() r: AttendanceRecordModel, @Context() ctx: GqlContext): Promise<AttendanceChangeModel[]> {
    const access = await ctx.loaders.accessByCohort.load(r.cohortId);
    if (!access.manage) return [];
    return (await ctx.loaders.attendanceHistoryByRecord.load(r.id)).map(toAttendanceChange);
  }
}

@Resolver(() => AttendanceChangeModel)
export class AttendanceChangeResolver {
  @Public()
  @ResolveField(() => AttendanceStudentModel, { nullable: true, description: 'Who made the change (null: the system). History is for managers only.' })
  async changedBy(@Parent() c: AttendanceChangeModel, @Context() ctx: GqlContext): Promise<AttendanceStudentModel | null> {
    if (!c.changedById) return null;
    const person = await ctx.loaders.attendancePersonById.load(c.changedById);
    return person ? toAttendanceStudent(person, true) : null;
  }
}

@Resolver(() => CohortModel)
export class CohortAttendanceFieldsResolver {
  @Public()
  @ResolveField(() => AttendanceRuleModel, { description: 'When a student counts as present or late, and the share of minutes a certificate needs.' })
  async attendanceRule(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<AttendanceRuleModel> {
    const cohort = await ctx.loaders.cohortById.load(c.id);
    if (!cohort) throw AppError.notFound('That cohort');
    return { presentPercent: cohort.attendancePresentPercent, lateAfterMinutes: cohort.attendanceLateMinutes, certificateMinPercent: cohort.certificateMinPercent };
  }

  @Public()
  @ResolveField(() => ContactHoursModel, { nullable: true, description: 'Your own contact hours in this cohort (enrolled students; null for anyone else).' })
  async myContactHours(@Parent() c: CohortModel, @Context() ctx: GqlContext): Promise<ContactHoursModel | null> {
    if (!ctx.viewer) return null;
    const access = await ctx.loaders.accessByCohort.load(c.id);
    if (!access.enrolled) return null;
    const [cohort, minutes] = await Promise.all([ctx.loaders.cohortById.load(c.id), ctx.loaders.viewerContactMinutesByCohort.load(c.id)]);
    return toContactHours(minutes, cohort?.certificateMinPercent ?? 100);
  }
}

@Resolver(() => SessionModel)
export class SessionAttendanceFieldsResolver {
  @Public()
  @ResolveField(() => AttendanceRecordModel, { nullable: true, description: 'Your own attendance record for this session, if any.' })
  async myAttendance(@Parent() s: SessionModel, @Context() ctx: GqlContext): Promise<AttendanceRecordModel | null> {
    if (!ctx.viewer) return null;
    const record = await ctx.loaders.viewerAttendanceBySession.load(s.id);
    return record ? toAttendanceRecord(record) : null;
  }
}
