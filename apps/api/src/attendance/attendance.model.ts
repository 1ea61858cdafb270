import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { byValue } from '../common/graphql-enums';
import { PageInfo } from '../common/pagination/pagination';
import { SessionModel } from '../cohorts/cohort.model';
import { AttendanceSource, AttendanceStatus, type AttendanceChangeEntity, type AttendanceRecordEntity } from './attendance.entity';

export const AttendanceStatusEnum = byValue(AttendanceStatus);
export const AttendanceSourceEnum = byValue(AttendanceSource);

registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus', description: 'PRESENT, LATE, LEFT_EARLY (minutes count), ABSENT or EXCUSED (they do not).' });
registerEnumType(AttendanceSourceEnum, { name: 'AttendanceSource', description: 'Where a record came from: the student’s own check-in, a mentor, or a Zoom report.' });

/**
 * A person as attendance shows them. `email` is filled for the cohort's managers and for
 * the person themself; everyone else gets an empty string.
 */
@ObjectType('AttendanceStudent')
export class AttendanceStudentModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field({ description: 'For the cohort’s managers and the person themself; empty for anyone else.' }) email!: string;
  @Field() timeZone!: string;
}

export interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  timeZone: string;
}

export function toAttendanceStudent(p: PersonRow, showEmail: boolean): AttendanceStudentModel {
  return { id: p.id, displayName: p.displayName, email: showEmail ? p.email : '', timeZone: p.timeZone };
}

@ObjectType('AttendanceRecord')
export class AttendanceRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => AttendanceStatusEnum) status!: AttendanceStatus;
  @Field(() => Int, { description: 'Minutes attended (contact hours count at most the session’s length).' }) minutes!: number;
  @Field(() => AttendanceSourceEnum, { description: 'Who made the last change.' }) source!: AttendanceSource;
  @Field(() => Date, { nullable: true }) joinedAt!: Date | null;
  @Field(() => Date, { nullable: true }) leftAt!: Date | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Pass back as expectedVersion when overriding.' }) version!: number;
  @Field() updatedAt!: Date;
  /** Not a field: resolved by AttendanceRecordResolver (`updatedBy`), and who may see history. */
  updatedById!: string | null;
  cohortId!: string;
}

export function toAttendanceRecord(e: AttendanceRecordEntity): AttendanceRecordModel {
  return {
    id: e.id,
    sessionId: e.sessionId,
    userId: e.userId,
    cohortId: e.cohortId,
    status: e.status,
    minutes: e.minutes,
    source: e.source,
    joinedAt: e.joinedAt,
    leftAt: e.leftAt,
    note: e.note,
    version: e.version,
    updatedAt: e.updatedAt,
    updatedById: e.updatedBy,
  };
}

@ObjectType('AttendanceChange', { description: 'One change to a record, oldest first; the first is its creation (from* null).' })
export class AttendanceChangeModel {
  @Field(() => ID) id!: string;
  @Field(() => AttendanceSourceEnum) source!: AttendanceSource;
  @Field(() => AttendanceStatusEnum, { nullable: true }) fromStatus!: AttendanceStatus | null;
  @Field(() => AttendanceStatusEnum) toStatus!: AttendanceStatus;
  @Field(() => Int, { nullable: true }) fromMinutes!: number | null;
  @Field(() => Int) toMinutes!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
  changedById!: string | null;
}

export function toAttendanceChange(e: AttendanceChangeEntity): AttendanceChangeModel {
  return {
    id: e.id,
    source: e.source,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    fromMinutes: e.fromMinutes,
    toMinutes: e.toMinutes,
    note: e.note,
    createdAt: e.createdAt,
    changedById: e.changedBy,
  };
}

@ObjectType('AttendanceRule')
export class AttendanceRuleModel {
  @Field(() => Int, { description: 'Present when attending at least this share of a session (1–100).' }) presentPercent!: number;
  @Field(() => Int, { description: 'Late when joining more than this many minutes after the start (0–240).' }) lateAfterMinutes!: number;
  @Field(() => Int, { description: 'Share of all the cohort’s session minutes a certificate needs (0–100).' }) certificateMinPercent!: number;
}

@ObjectType('RosterRow')
export class RosterRowModel {
  @Field(() => AttendanceStudentModel) student!: AttendanceStudentModel;
  @Field(() => AttendanceRecordModel, { nullable: true, description: 'Null: not checked in / no record yet.' }) record!: AttendanceRecordModel | null;
}

@ObjectType('SessionRoster')
export class SessionRosterModel {
  @Field(() => SessionModel) session!: SessionModel;
  @Field(() => [RosterRowModel], { description: 'Every enrolled student, by name.' }) rows!: RosterRowModel[];
  @Field(() => Int) present!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int, { description: 'Enrolled students without a record.' }) missing!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('RosterEvent')
export class RosterEventModel {
  @Field(() => ID) sessionId!: string;
  @Field(() => RosterRowModel) row!: RosterRowModel;
}

@ObjectType('ContactHours')
export class ContactHoursModel {
  @Field(() => Int, { description: 'Attended minutes, each session capped at its length (PRESENT, LATE, LEFT_EARLY).' }) minutes!: number;
  @Field(() => Float, { description: 'minutes / 60, two decimals.' }) hours!: number;
  @Field(() => Int, { description: 'Total minutes of the cohort’s sessions that were not cancelled.' }) possibleMinutes!: number;
  @Field(() => Int, { description: 'minutes / possibleMinutes, 0–100, rounded down.' }) percent!: number;
  @Field({ description: 'Attended at least the cohort’s certificate share.' }) certificateEligible!: boolean;
}

@ObjectType('AttendanceGridRow')
export class AttendanceGridRowModel {
  @Field(() => AttendanceStudentModel) student!: AttendanceStudentModel;
  @Field(() => [AttendanceRecordModel], { nullable: 'items', description: 'One per session, in session order; null: no record.' }) cells!: (AttendanceRecordModel | null)[];
  @Field(() => ContactHoursModel) hours!: ContactHoursModel;
}

@ObjectType('AttendanceGrid')
export class AttendanceGridModel {
  @Field(() => [SessionModel]) sessions!: SessionModel[];
  @Field(() => [AttendanceGridRowModel]) rows!: AttendanceGridRowModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

export interface ContactMinutes {
  minutes: number;
  possibleMinutes: number;
}

export function toContactHours(c: ContactMinutes, certificateMinPercent: number): ContactHoursModel {
  const percent = c.possibleMinutes > 0 ? Math.min(100, Math.floor((c.minutes * 100) / c.possibleMinutes)) : 0;
  return {
    minutes: c.minutes,
    hours: Math.round((c.minutes / 60) * 100) / 100,
    possibleMinutes: c.possibleMinutes,
    percent,
    certificateEligible: c.possibleMinutes > 0 && c.minutes * 100 >= certificateMinPercent * c.possibleMinutes,
  };
}
