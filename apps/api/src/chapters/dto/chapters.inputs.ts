import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ChapterRole, ChapterRoleEnum } from '../../common/graphql-enums';
import { PageArgs } from '../../common/pagination/pagination';

@InputType()
export class CreateChapterInput {
  @Field() name!: string;
  @Field({ description: 'URL name, e.g. cabmet' }) slug!: string;
  @Field({ description: 'Two-letter US state or territory code' }) region!: string;
  @Field() timeZone!: string;
  @Field({ nullable: true }) description?: string;
  @Field({ description: 'Email of the first chapter admin; they get an invitation.' }) firstAdminEmail!: string;
}

@InputType()
export class UpdateChapterInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field() name!: string;
  @Field() region!: string;
  @Field() timeZone!: string;
  @Field() description!: string;
}

@InputType()
export class InviteToChapterInput {
  @Field(() => ID) chapterId!: string;
  @Field() email!: string;
  @Field(() => ChapterRoleEnum, { defaultValue: ChapterRole.Mentor }) role!: ChapterRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ nullable: true, description: 'The token from the emailed link.' }) token?: string;
  @Field(() => ID, { nullable: true, description: 'An invitation addressed to your email, from your home page.' }) id?: string;
}

@ArgsType()
export class ChapterPageArgs extends PageArgs {
  @Field(() => ID) chapterId!: string;
}
