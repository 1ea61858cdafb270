import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import type { TemplateAssignment } from '../homework/assignment-schedule';

/** What a new season copies from the last: the sessions pattern and the cohort's settings (later also materials and homework). */
export interface CohortSetup {
  title: string;
  description: string;
  capacity: number;
  timeZone: string;
  localTime: string;
  durationMinutes: number;
  cadence: string;
  weekday: number | null;
  sessionCount: number;
  sessionTitles: string[];
  modalityCodes: string[];
  requiresApproval: boolean;
  /** Each session's agenda, by session position (0-based among the planned sessions). */
  agendas?: { sessionIndex: number; materialId: string; phase: string; release: string; releaseDays: number | null }[];
  /**
   * Each session's assignments, by session position. Every due time is kept as an offset from a session's start
   * (an ABSOLUTE one from its own session), so next season's dates follow its sessions.
   */
  assignments?: TemplateAssignment[];
}

@Entity('cohort_template')
@Index('cohort_template_owner_idx', ['ownerId', 'createdAt'])
export class CohortTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'cohort_template_owner_id_fkey' })
  owner?: Relation<UserEntity>;

  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @ManyToOne(() => ChapterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'cohort_template_chapter_id_fkey' })
  chapter?: Relation<ChapterEntity>;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'jsonb' })
  setup!: CohortSetup;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
