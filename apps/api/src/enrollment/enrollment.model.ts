import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnrollmentSourceEnum, EnrollmentStatusEnum } from '../common/graphql-enums';
import { Paginated, PageArgs } from '../common/pagination/pagination';
import type { EnrollmentEntity, EnrollmentSource, EnrollmentStatus } from './enrollment.entity';

@ObjectType('Enrollment')
export class EnrollmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => EnrollmentStatusEnum) status!: EnrollmentStatus;
  @Field(() => EnrollmentSourceEnum) source!: EnrollmentSource;
  @Field(() => Int, { nullable: true, description: '1 = next to get a seat.' }) waitlistPosition!: number | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) enrolledAt!: Date | null;
  @Field(() => Int) version!: number;
}

export function toEnrollment(e: EnrollmentEntity & { waitlistPosition?: number | null }): EnrollmentModel {
  return {
    id: e.id,
    cohortId: e.cohortId,
    status: e.status,
    source: e.source,
    waitlistPosition: e.waitlistPosition ?? null,
    createdAt: e.createdAt,
    enrolledAt: e.enrolledAt,
    version: e.version,
  };
}

@ObjectType('RosterEntry')
export class RosterEntryModel {
  @Field(() => ID) enrollmentId!: string;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field() timeZone!: string;
  @Field(() => EnrollmentStatusEnum) status!: EnrollmentStatus;
  @Field(() => EnrollmentSourceEnum) source!: EnrollmentSource;
  @Field(() => Int, { nullable: true }) waitlistPosition!: number | null;
  @Field() since!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class RosterPage extends Paginated(RosterEntryModel) {}

@ArgsType()
export class RosterArgs extends PageArgs {
  @Field(() => ID) cohortId!: string;
  @Field(() => [EnrollmentStatusEnum], { nullable: true, description: 'Default: enrolled, pending and waitlisted.' })
  statuses?: EnrollmentStatus[] | null;
}
