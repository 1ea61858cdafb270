import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A Zoom participants report (CSV text) for one session.' })
export class PreviewZoomImportInput {
  @Field(() => ID) sessionId!: string;
  @Field({ description: 'The file’s name, as uploaded (shown back; up to 255 characters).' }) filename!: string;
  @Field({ description: 'The CSV text as exported by Zoom (up to 200 KB).' }) csv!: string;
  @Field(() => String, { nullable: true, description: 'IANA zone the report’s times are in (the host’s); default: the cohort’s zone.' })
  zone?: string | null;
}

@InputType({ description: 'A participant of the report matched by hand to an enrolled student.' })
export class ZoomManualMatchInput {
  @Field(() => ID, { description: 'ZoomParticipant.key' }) participantKey!: string;
  @Field(() => ID) userId!: string;
}

@InputType()
export class ApplyZoomImportInput {
  @Field(() => ID) importId!: string;
  @Field(() => [ZoomManualMatchInput], { nullable: true, description: 'Override or add matches; each participant and each student at most once.' })
  manualMatches?: ZoomManualMatchInput[] | null;
}
