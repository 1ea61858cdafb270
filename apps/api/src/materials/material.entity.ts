import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { ChapterEntity } from '../chapters/chapter.entity';
import { ModalityEntity } from '../modalities/modality.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { ExamDomainEntity } from './exam-domain.entity';

export const MaterialKind = { Reading: 'READING', Link: 'LINK', File: 'FILE' } as const;
export type MaterialKind = (typeof MaterialKind)[keyof typeof MaterialKind];

/** DRAFT: one mentor's own; CHAPTER: the chapter's library; PLATFORM: shared with every chapter. */
export const MaterialScope = { Draft: 'DRAFT', Chapter: 'CHAPTER', Platform: 'PLATFORM' } as const;
export type MaterialScope = (typeof MaterialScope)[keyof typeof MaterialScope];

/** The current version of a library item; earlier versions are in material_version. */
@Entity('material')
// A GIN index (see the migration); TypeORM cannot describe its method, so it leaves it alone.
@Index('material_search_idx', { synchronize: false })
@Index('material_scope_idx', ['scope', 'chapterId', 'ownerId'])
@Index('material_updated_idx', ['updatedAt', 'id'])
@Check('material_kind_check', `kind IN ('READING', 'LINK', 'FILE')`)
@Check('material_scope_check', `scope IN ('DRAFT', 'CHAPTER', 'PLATFORM')`)
@Check('material_minutes_check', 'minutes BETWEEN 1 AND 600')
export class MaterialEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: MaterialKind;

  @Column({ type: 'varchar', length: 10 })
  scope!: MaterialScope;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'material_owner_id_fkey' })
  owner?: Relation<UserEntity>;

  @Column({ name: 'chapter_id', type: 'uuid', nullable: true })
  chapterId!: string | null;

  @ManyToOne(() => ChapterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chapter_id', foreignKeyConstraintName: 'material_chapter_id_fkey' })
  chapter?: Relation<ChapterEntity>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 600, default: '' })
  summary!: string;

  @Column({ type: 'integer', default: 10 })
  minutes!: number;

  @Column({ name: 'body_markdown', type: 'text', default: '' })
  bodyMarkdown!: string;

  /** Sanitized HTML rendered from bodyMarkdown when saved. */
  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  url!: string | null;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'material_file_id_fkey' })
  file?: Relation<StoredFileEntity>;

  /** Full-text vector, written by the service with weights (title A, summary B, body C). */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}

@Entity('material_version')
@Index('material_version_key', ['materialId', 'version'], { unique: true })
export class MaterialVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'material_id', type: 'uuid' })
  materialId!: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'material_version_material_id_fkey' })
  material?: Relation<MaterialEntity>;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 600 })
  summary!: string;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ name: 'body_markdown', type: 'text' })
  bodyMarkdown!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  url!: string | null;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'material_version_file_id_fkey' })
  file?: Relation<StoredFileEntity>;

  @Column({ name: 'modality_codes', type: 'jsonb', default: () => `'[]'` })
  modalityCodes!: string[];

  @Column({ name: 'domain_codes', type: 'jsonb', default: () => `'[]'` })
  domainCodes!: string[];

  @Column({ name: 'edited_by_id', type: 'uuid', nullable: true })
  editedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'edited_by_id', foreignKeyConstraintName: 'material_version_edited_by_id_fkey' })
  editedBy?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('material_modality')
@Index('material_modality_modality_idx', ['modalityId'])
export class MaterialModalityEntity {
  @PrimaryColumn({ name: 'material_id', type: 'uuid', primaryKeyConstraintName: 'material_modality_pkey' })
  materialId!: string;

  @PrimaryColumn({ name: 'modality_id', type: 'uuid', primaryKeyConstraintName: 'material_modality_pkey' })
  modalityId!: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'material_modality_material_id_fkey' })
  material?: Relation<MaterialEntity>;

  @ManyToOne(() => ModalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'modality_id', foreignKeyConstraintName: 'material_modality_modality_id_fkey' })
  modality?: Relation<ModalityEntity>;
}

@Entity('material_domain')
@Index('material_domain_domain_idx', ['domainId'])
export class MaterialDomainEntity {
  @PrimaryColumn({ name: 'material_id', type: 'uuid', primaryKeyConstraintName: 'material_domain_pkey' })
  materialId!: string;

  @PrimaryColumn({ name: 'domain_id', type: 'uuid', primaryKeyConstraintName: 'material_domain_pkey' })
  domainId!: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'material_domain_material_id_fkey' })
  material?: Relation<MaterialEntity>;

  @ManyToOne(() => ExamDomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id', foreignKeyConstraintName: 'material_domain_domain_id_fkey' })
  domain?: Relation<ExamDomainEntity>;
}
