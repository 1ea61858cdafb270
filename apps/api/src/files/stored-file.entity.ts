import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

export const FilePurpose = { Material: 'MATERIAL', Submission: 'SUBMISSION' } as const;
export type FilePurpose = (typeof FilePurpose)[keyof typeof FilePurpose];

/** A file's metadata; its bytes live behind the storage interface under `storageKey`. */
@Entity('stored_file')
@Index('stored_file_storage_key_key', ['storageKey'], { unique: true })
@Index('stored_file_owner_idx', ['ownerId'])
@Check('stored_file_size_check', 'size_bytes >= 0')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'stored_file_owner_id_fkey' })
  owner?: Relation<UserEntity>;

  @Column({ name: 'storage_key', type: 'varchar', length: 300 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: FilePurpose;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
