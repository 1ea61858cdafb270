import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { US_STATES } from '@gantry/shared';
import { ChapterRole, ChapterRoleEnum } from '../common/graphql-enums';
import { Paginated } from '../common/pagination/pagination';
import type { ChapterEntity } from './chapter.entity';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipEntity } from './membership.entity';

@ObjectType('Chapter')
export class ChapterModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field({ description: 'Two-letter US state or territory code.' }) region!: string;
  @Field() regionName!: string;
  @Field() timeZone!: string;
  @Field() description!: string;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

export function toChapter(e: ChapterEntity): ChapterModel {
  return {
    id: e.id,
    name: e.name,
    slug: e.slug,
    region: e.region,
    regionName: US_STATES[e.region] ?? e.region,
    timeZone: e.timeZone,
    description: e.description,
    createdAt: e.createdAt,
    version: e.version,
  };
}

@ObjectType()
export class ChapterPage extends Paginated(ChapterModel) {}

/** One of the viewer's own roles in a chapter. */
@ObjectType()
export class ChapterMembership {
  @Field(() => ID) id!: string;
  @Field(() => ChapterRoleEnum) role!: ChapterRole;
  @Field(() => ID) chapterId!: string;
  @Field() createdAt!: Date;
}

export function toMembership(e: MembershipEntity): ChapterMembership {
  return { id: e.id, role: e.role, chapterId: e.chapterId, createdAt: e.createdAt };
}

/** A person with a role in a chapter, as the chapter's admins see them. */
@ObjectType()
export class ChapterMember {
  @Field(() => ID) membershipId!: string;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field() timeZone!: string;
  @Field(() => ChapterRoleEnum) role!: ChapterRole;
  @Field() since!: Date;
}

@ObjectType()
export class ChapterMemberPage extends Paginated(ChapterMember) {}

export const InvitationStatus = { Pending: 'PENDING', Accepted: 'ACCEPTED', Revoked: 'REVOKED', Expired: 'EXPIRED' } as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];
const InvitationStatusEnum = Object.fromEntries(Object.values(InvitationStatus).map((v) => [v, v]));
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) chapterId!: string;
  @Field() email!: string;
  @Field(() => ChapterRoleEnum) role!: ChapterRole;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
}

export function toInvitation(e: InvitationEntity, now: Date): InvitationModel {
  const status = e.acceptedAt
    ? InvitationStatus.Accepted
    : e.revokedAt
      ? InvitationStatus.Revoked
      : e.expiresAt <= now
        ? InvitationStatus.Expired
        : InvitationStatus.Pending;
  return { id: e.id, chapterId: e.chapterId, email: e.email, role: e.role, status, createdAt: e.createdAt, expiresAt: e.expiresAt };
}

@ObjectType()
export class InvitationPage extends Paginated(InvitationModel) {}

/** What an invitation link shows before anyone signs in: no token, a masked address. */
@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field(() => ID) chapterId!: string;
  @Field() chapterName!: string;
  @Field() chapterSlug!: string;
  @Field(() => ChapterRoleEnum) role!: ChapterRole;
  @Field({ description: 'The invited address, masked: j***@example.org.' }) maskedEmail!: string;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
  @Field() expiresAt!: Date;
}
