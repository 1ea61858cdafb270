import { PasswordResetEntity } from '../accounts/password-reset.entity';
import { SessionEntity } from '../accounts/session.entity';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { InvitationEntity } from '../chapters/invitation.entity';
import { MembershipEntity } from '../chapters/membership.entity';
import { OutboxEntity } from '../mail/outbox.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  ChapterEntity,
  MembershipEntity,
  InvitationEntity,
  OutboxEntity,
];
