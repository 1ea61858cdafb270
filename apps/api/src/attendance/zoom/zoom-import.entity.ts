import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../accounts/user.entity';
import { CohortSessionEntity } from '../../cohorts/cohort-session.entity';
import type { ParsedZoomReport } from './zoom-report.parser';

export const ZoomImportStatus = { Preview: 'PREVIEW', Applied: 'APPLIED' } as const;
export type ZoomImportStatus = (typeof ZoomImportStatus)[keyof typeof ZoomImportStatus];

/** A participant matched to a student when the import was applied (kept for showing it again). */
export interface AppliedZoomMatch {
  participantKey: string;
  userId: string;
  kind: 'EMAIL' | 'NAME' | 'MANUAL';
}

/** What `parsed` holds: the merged report, and once applied, the matches that were written. */
export interface ZoomImportData extends ParsedZoomReport {
  applied?: AppliedZoomMatch[];
}

/**
 * One Zoom participants report imported for one session. The same bytes for the same
 * session meet on the unique key: a second upload returns this row instead of a new one.
 */
@Entity('zoom_import')
@Index('zoom_import_session_file_key', ['sessionId', 'fileSha256'], { unique: true })
@Check('zoom_import_status_check', `status IN ('PREVIEW', 'APPLIED')`)
export class ZoomImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'zoom_import_session_id_fkey' })
  session?: Relation<CohortSessionEntity>;

  @Column({ name: 'file_sha256', type: 'text' })
  fileSha256!: string;

  @Column({ type: 'text' })
  filename!: string;

  /** IANA zone the report's times were read in. */
  @Column({ type: 'text' })
  zone!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'zoom_import_uploaded_by_fkey' })
  uploader?: Relation<UserEntity>;

  @Column({ type: 'text', default: ZoomImportStatus.Preview })
  status!: ZoomImportStatus;

  @Column({ type: 'jsonb' })
  parsed!: ZoomImportData;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
