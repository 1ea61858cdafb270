import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { byValue } from '../../common/graphql-enums';
import { AttendanceRecordModel, AttendanceStatusEnum, AttendanceStudentModel } from '../attendance.model';
import type { AttendanceStatus } from '../attendance.entity';

export const ZoomMatchKind = { Email: 'EMAIL', Name: 'NAME', Manual: 'MANUAL' } as const;
export type ZoomMatchKind = (typeof ZoomMatchKind)[keyof typeof ZoomMatchKind];
export const ZoomMatchKindEnum = byValue(ZoomMatchKind);
registerEnumType(ZoomMatchKindEnum, { name: 'ZoomMatchKind', description: 'How a participant was matched: by email, by name (new or original), or by hand.' });

@ObjectType('ZoomParticipant', { description: 'One person of the report: all their rows (rejoins, devices) merged.' })
export class ZoomParticipantModel {
  @Field(() => ID, { description: 'Stable within the import: `email:…` or `name:…` (the original name).' }) key!: string;
  @Field({ description: 'The name shown last in the meeting (a renamed participant’s new name).' }) name!: string;
  @Field(() => String, { nullable: true, description: 'The name before renaming, when it differs.' }) originalName!: string | null;
  @Field(() => String, { nullable: true, description: 'Empty for people not signed in to Zoom.' }) email!: string | null;
  @Field(() => Date, { nullable: true, description: 'Null in the unique-users report (no times).' }) firstJoin!: Date | null;
  @Field(() => Date, { nullable: true }) lastLeave!: Date | null;
  @Field(() => Int, { description: 'Minutes in the meeting, overlapping rows counted once (not clipped to the session).' }) minutes!: number;
  @Field(() => Int, { description: 'Report rows merged into this participant.' }) rows!: number;
  @Field({ description: 'Every row was a guest (not signed in to the host’s account).' }) guest!: boolean;
}

@ObjectType('ZoomMatch')
export class ZoomMatchModel {
  @Field(() => ZoomParticipantModel) participant!: ZoomParticipantModel;
  @Field(() => AttendanceStudentModel) student!: AttendanceStudentModel;
  @Field(() => ZoomMatchKindEnum) kind!: ZoomMatchKind;
  @Field(() => AttendanceStatusEnum, { description: 'By the cohort’s rule; an EXCUSED record is kept as it is.' }) proposedStatus!: AttendanceStatus;
  @Field(() => Int, { description: 'Minutes within the session’s window, overlaps counted once.' }) proposedMinutes!: number;
  @Field(() => AttendanceRecordModel, { nullable: true, description: 'The student’s record for the session now.' }) current!: AttendanceRecordModel | null;
}

@ObjectType('ZoomImportPreview')
export class ZoomImportPreviewModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field() filename!: string;
  @Field({ description: 'IANA zone the report’s times were read in.' }) zone!: string;
  @Field({ description: 'This file was already applied to the session: applying again changes nothing.' }) alreadyApplied!: boolean;
  @Field(() => Date, { nullable: true }) appliedAt!: Date | null;
  @Field(() => [ZoomMatchModel]) matched!: ZoomMatchModel[];
  @Field(() => [ZoomParticipantModel], { description: 'Participants matched to no enrolled student (the host and mentors are left out).' }) unmatched!: ZoomParticipantModel[];
  @Field(() => [AttendanceStudentModel], { description: 'Enrolled students with no rows at all: ABSENT unless they already have a record.' }) absent!: AttendanceStudentModel[];
  @Field(() => [String]) warnings!: string[];
}

@ObjectType('ZoomImportResult')
export class ZoomImportResultModel {
  @Field(() => ZoomImportPreviewModel) preview!: ZoomImportPreviewModel;
  @Field(() => Int, { description: 'Records created or changed.' }) changed!: number;
  @Field(() => Int, { description: 'Students of the import whose record stayed as it was.' }) unchanged!: number;
}
