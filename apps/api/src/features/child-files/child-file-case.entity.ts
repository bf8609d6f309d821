import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IncidentEntity } from '../incidents/incident.entity';
import { ChildFileEntity } from './child-file.entity';

/** PRV-8: a case about the child of a file (identities are encrypted, so the link is recorded, not matched). */
@Entity({ name: 'child_file_case' })
export class ChildFileCaseEntity {
  @ManyToOne(() => ChildFileEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_file_id', foreignKeyConstraintName: 'child_file_case_child_file_id_fkey' })
  childFile?: ChildFileEntity;

  @PrimaryColumn({ type: 'uuid' })
  childFileId: string;

  @ManyToOne(() => IncidentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'child_file_case_case_id_fkey' })
  incident?: IncidentEntity;

  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  linkedByAccountId: string;

  @Column({ type: 'timestamptz' })
  linkedAt: Date;
}
