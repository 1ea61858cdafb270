import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role, RoleEnum } from '../common/graphql-enums';
import { ChapterMembership } from '../chapters/chapter.model';
import type { UserEntity } from './user.entity';
import type { Viewer } from '../common/auth/viewer';

/** The signed-in user, as they see themselves. */
@ObjectType('Me')
export class MeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'IANA time zone every time is shown in.' })
  timeZone!: string;

  @Field()
  isPlatformAdmin!: boolean;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => [ChapterMembership])
  memberships!: ChapterMembership[];

  @Field()
  createdAt!: Date;

  @Field(() => Int, { description: 'For optimistic locking of profile edits.' })
  version!: number;
}

export function toMe(user: UserEntity, viewer: Pick<Viewer, 'roles'>, memberships: ChapterMembership[]): MeModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone,
    isPlatformAdmin: user.isPlatformAdmin,
    roles: viewer.roles,
    memberships,
    createdAt: user.createdAt,
    version: user.version,
  };
}
