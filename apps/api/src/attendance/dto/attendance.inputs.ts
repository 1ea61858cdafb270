import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AttendanceStatusEnum } from '../attendance.model';
import type { AttendanceStatus } from '../attendance.entity';

@InputType()
export class SetAttendanceInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => AttendanceStatusEnum) status!: AttendanceStatus;
  @Field(() => Int, { nullable: true, description: 'Omitted: 0 for ABSENT/EXCUSED; otherwise what the record had, or the whole session.' }) minutes?: number | null;
  @Field(() => String, { nullable: true, description: 'Omitted: keep the note; empty: clear it.' }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The record’s version you saw (CONFLICT when it moved on); 0 when there was no record; omit to skip the check.' })
  expectedVersion?: number | null;
}

@InputType()
export class AttendanceRuleInput {
  @Field(() => Int) presentPercent!: number;
  @Field(() => Int) lateAfterMinutes!: number;
  @Field(() => Int) certificateMinPercent!: number;
}
