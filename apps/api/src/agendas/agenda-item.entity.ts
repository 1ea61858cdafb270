import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { MaterialEntity } from '../materials/material.entity';

export const AgendaPhase = { Before: 'BEFORE', During: 'DURING', After: 'AFTER' } as const;
export type AgendaPhase = (typeof AgendaPhase)[keyof typeof AgendaPhase];

/** NOW: visible at once; DAYS_BEFORE: from N days before the session; AFTER_END: once it has ended. */
export const ReleaseRule = { Now: 'NOW', DaysBefore: 'DAYS_BEFORE', AfterEnd: 'AFTER_END' } as const;
export type ReleaseRule = (typeof ReleaseRule)[keyof typeof ReleaseRule];

@Entity('agenda_item')
@Index('agenda_item_session_material_key', ['sessionId', 'materialId'], { unique: true })
@Index('agenda_item_session_idx', ['sessionId', 'position'])
@Index('agenda_item_material_idx', ['materialId'])
@Check('agenda_item_phase_check', `phase IN ('BEFORE', 'DURING', 'AFTER')`)
@Check('agenda_item_release_check', `release IN ('NOW', 'DAYS_BEFORE', 'AFTER_END')`)
@Check('agenda_item_release_days_check', 'release_days IS NULL OR release_days BETWEEN 0 AND 60')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'agenda_item_session_id_fkey' })
  session?: Relation<CohortSessionEntity>;

  @Column({ name: 'material_id', type: 'uuid' })
  materialId!: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'agenda_item_material_id_fkey' })
  material?: Relation<MaterialEntity>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 8 })
  phase!: AgendaPhase;

  @Column({ type: 'varchar', length: 12, default: 'NOW' })
  release!: ReleaseRule;

  @Column({ name: 'release_days', type: 'integer', nullable: true })
  releaseDays!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('material_progress')
@Index('material_progress_item_idx', ['agendaItemId'])
export class MaterialProgressEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'material_progress_pkey' })
  userId!: string;

  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid', primaryKeyConstraintName: 'material_progress_pkey' })
  agendaItemId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'material_progress_user_id_fkey' })
  user?: Relation<UserEntity>;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'material_progress_agenda_item_id_fkey' })
  agendaItem?: Relation<AgendaItemEntity>;

  @Column({ name: 'done_at', type: 'timestamptz', default: () => 'now()' })
  doneAt!: Date;
}
