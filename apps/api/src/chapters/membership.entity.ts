import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from './chapter.entity';
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

  @ManyToOne(() => ChapterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'chapter_membership_chapter_id_fkey' })
  chapter?: Relation<ChapterEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'chapter_membership_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 20 })
  role!: ChapterRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
