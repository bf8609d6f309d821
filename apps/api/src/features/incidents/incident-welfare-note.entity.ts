import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { IncidentEntity } from './incident.entity';

/** REP-10: a psychological concern about the case's child, the guardian told, study suspended (休学). Never changed. */
@Entity({ name: 'incident_welfare_note' })
export class IncidentWelfareNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('incident_welfare_note_incident_id_idx')
  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_welfare_note_incident_id_fkey' })
  incident?: IncidentEntity;

  /** Confidential like the child's statement (REP-7): FULL access only; encrypted at rest. */
  @Column({ type: 'text', transformer: encryptedColumn('incident_welfare_note.concern_note') })
  concernNote: string;

  @Column({ type: 'timestamptz', nullable: true })
  guardianToldAt: Date | null;

  @Column({ type: 'boolean' })
  isStudySuspended: boolean;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
