import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ModalityEntity } from '../modalities/modality.entity';
import { CohortEntity } from './cohort.entity';

@Entity('cohort_modality')
@Index('cohort_modality_modality_idx', ['modalityId'])
export class CohortModalityEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid', primaryKeyConstraintName: 'cohort_modality_pkey' })
  cohortId!: string;

  @PrimaryColumn({ name: 'modality_id', type: 'uuid', primaryKeyConstraintName: 'cohort_modality_pkey' })
  modalityId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'cohort_modality_cohort_id_fkey' })
  cohort?: Relation<CohortEntity>;

  @ManyToOne(() => ModalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'modality_id', foreignKeyConstraintName: 'cohort_modality_modality_id_fkey' })
  modality?: Relation<ModalityEntity>;
}
