import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChapterRole } from '@gantry/shared';

@Entity('chapter_membership')
@Index('chapter_membership_key', ['chapterId', 'userId', 'role'], { unique: true })
@Index('chapter_membership_user_idx', ['userId'])
@Check('chapter_membership_role_check', `role IN ('CHAPTER_ADMIN', 'MENTOR')`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: ChapterRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
