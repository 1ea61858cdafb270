import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { joinState, type Cadence, type DateTime, type JoinState } from '@gantry/shared';
import { CadenceEnum, CohortStatusEnum, JoinStateEnum, SessionStatusEnum } from '../common/graphql-enums';
import { Paginated } from '../common/pagination/pagination';
import type { ModalityEntity } from '../modalities/modality.entity';
import type { CohortEntity, CohortStatus } from './cohort.entity';
import type { CohortSessionEntity, SessionStatus } from './cohort-session.entity';
import type { CohortTemplateEntity } from './cohort-template.entity';

@ObjectType('Modality')
export class ModalityModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable code, e.g. CT, MRI, PACS.' }) code!: string;
  @Field() name!: string;
}

export const toModality = (e: ModalityEntity): ModalityModel => ({ id: e.id, code: e.code, name: e.name });

@ObjectType('Cohort')
export class CohortModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) chapterId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => CohortStatusEnum) status!: CohortStatus;
  @Field({ description: 'The IANA zone the sessions are planned in.' }) timeZone!: string;
  @Field() requiresApproval!: boolean;
  @Field(() => Date, { nullable: true }) enrollmentOpensAt!: Date | null;
  @Field(() => Date, { nullable: true }) enrollmentClosesAt!: Date | null;
  @Field({ description: 'Closed by the mentor (an invite code still works).' }) enrollmentClosed!: boolean;
  @Field({ description: 'Local start time of the pattern, HH:mm in the cohort zone.' }) localTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => CadenceEnum) cadence!: Cadence;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

export function toCohort(e: CohortEntity): CohortModel {
  return {
    id: e.id,
    chapterId: e.chapterId,
    title: e.title,
    description: e.description,
    capacity: e.capacity,
    status: e.status,
    timeZone: e.timeZone,
    requiresApproval: e.requiresApproval,
    enrollmentOpensAt: e.enrollmentOpensAt,
    enrollmentClosesAt: e.enrollmentClosesAt,
    enrollmentClosed: e.enrollmentClosed,
    localTime: e.localTime,
    durationMinutes: e.durationMinutes,
    cadence: e.cadence,
    createdAt: e.createdAt,
    version: e.version,
  };
}

@ObjectType()
export class CohortPage extends Paginated(CohortModel) {}

@ObjectType('CohortMentor')
export class CohortMentorModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() isLead!: boolean;
}

@ObjectType('Seats')
export class SeatsModel {
  @Field(() => Int) capacity!: number;
  @Field(() => Int) enrolled!: number;
  @Field(() => Int) left!: number;
  @Field(() => Int) waitlisted!: number;
  @Field(() => Int, { description: 'Requests waiting for the mentor’s approval.' }) pending!: number;
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) passcode!: string | null;
}

@ObjectType('CohortSession')
export class SessionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field() title!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => SessionStatusEnum) status!: SessionStatus;
  @Field() isMakeup!: boolean;
  @Field(() => Int, { description: 'RFC 5545 SEQUENCE.' }) sequence!: number;
  @Field(() => Int) version!: number;
  @Field(() => JoinStateEnum) joinState!: JoinState;
}

/** `now` lets a list share one clock reading. */
export function toSession(e: CohortSessionEntity, now?: DateTime): SessionModel {
  return {
    id: e.id,
    cohortId: e.cohortId,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    durationMinutes: Math.round((e.endsAt.getTime() - e.startsAt.getTime()) / 60_000),
    status: e.status,
    isMakeup: e.isMakeup,
    sequence: e.sequence,
    version: e.version,
    joinState: joinState(e.startsAt.toISOString(), e.endsAt.toISOString(), now),
  };
}

@ObjectType('CohortTemplate')
export class CohortTemplateModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) chapterId!: string;
  @Field() createdAt!: Date;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) capacity!: number;
  @Field() timeZone!: string;
  @Field() localTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => CadenceEnum) cadence!: Cadence;
  @Field(() => Int, { nullable: true }) weekday!: number | null;
  @Field(() => Int) sessionCount!: number;
  @Field(() => [String]) sessionTitles!: string[];
  @Field(() => [String]) modalityCodes!: string[];
  @Field() requiresApproval!: boolean;
}

export function toTemplate(t: CohortTemplateEntity): CohortTemplateModel {
  const s = t.setup;
  return {
    id: t.id,
    name: t.name,
    chapterId: t.chapterId,
    createdAt: t.createdAt,
    title: s.title,
    description: s.description,
    capacity: s.capacity,
    timeZone: s.timeZone,
    localTime: s.localTime,
    durationMinutes: s.durationMinutes,
    cadence: s.cadence as Cadence,
    weekday: s.weekday,
    sessionCount: s.sessionCount,
    sessionTitles: s.sessionTitles,
    modalityCodes: s.modalityCodes,
    requiresApproval: s.requiresApproval,
  };
}
