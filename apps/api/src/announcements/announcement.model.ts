import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AnnouncementKindEnum } from '../common/graphql-enums';
import { Paginated } from '../common/pagination/pagination';
import type { AnnouncementEntity, AnnouncementKind } from './announcement.entity';

@ObjectType('Announcement')
export class AnnouncementModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => AnnouncementKindEnum, { description: 'SYSTEM for automatic notices (a session moved or was cancelled).' }) kind!: AnnouncementKind;
  @Field() body!: string;
  @Field() createdAt!: Date;
  authorId!: string | null;
}

export const toAnnouncement = (e: AnnouncementEntity): AnnouncementModel => ({
  id: e.id,
  cohortId: e.cohortId,
  kind: e.kind,
  body: e.body,
  createdAt: e.createdAt,
  authorId: e.authorId,
});

@ObjectType()
export class AnnouncementPage extends Paginated(AnnouncementModel) {}
