import type {
  ClosingReason,
  IncidentCategory,
  IncidentState,
  ReportingStatus,
  SuspectType,
} from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { InstitutionEntity } from '../institutions/institution.entity';

/**
 * A case: a child's disclosure and what the institution and the district did about it.
 * The child's identity and words live in `incident_child`, loaded only for the need-to-know group.
 */
@Entity({ name: 'incident' })
@Index('incident_recorded_at_id_idx', ['recordedAt', 'id'])
@Index('incident_reporting_status_recorded_at_idx', ['reportingStatus', 'recordedAt', 'id'])
@Index('incident_breach_or_awaiting_recorded_at_idx', ['recordedAt', 'id'], {
  where: `"reporting_status" IN ('IN_BREACH', 'AWAITING_POLICE_REPORT')`,
})
@Index('incident_has_breach_recorded_at_idx', ['recordedAt', 'id'], { where: '"has_breach"' })
// Issue 10: the dashboard's readings now (open cases, police deadlines passed) beside the period's rows.
@Index('incident_open_institution_id_idx', ['institutionId'], { where: `"state" <> 'CLOSED'` })
@Index('incident_police_unreported_due_idx', ['policeReportDueAt'], { where: '"police_reported_at" IS NULL' })
@Index('incident_institution_id_recorded_at_idx', ['institutionId', 'recordedAt', 'id'])
@Index('incident_reporter_account_id_recorded_at_idx', ['reporterAccountId', 'recordedAt', 'id'])
@Index('incident_head_account_id_recorded_at_idx', ['headAccountId', 'recordedAt', 'id'])
@Index('incident_police_report_due_at_id_idx', ['policeReportDueAt', 'id'])
@Index('incident_category_recorded_at_idx', ['category', 'recordedAt', 'id'])
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'incident_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  /** SCHOOL: recorded by the institution; EXTERNAL: opened by the district from another source. */
  @Column({ type: 'varchar', length: 16 })
  origin: 'SCHOOL' | 'EXTERNAL';

  @ManyToOne(() => AccountEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_account_id', foreignKeyConstraintName: 'incident_reporter_account_id_fkey' })
  reporter?: AccountEntity;

  @Column({ type: 'uuid' })
  reporterAccountId: string;

  /** The institution's head when the case was recorded (REP-2 recipient, REP-11 conflict check). */
  @Column({ type: 'uuid', nullable: true })
  headAccountId: string | null;

  @Column({ type: 'varchar', length: 24 })
  category: IncidentCategory;

  @Column({ type: 'varchar', length: 16 })
  suspectType: SuspectType;

  /** A staff register id (issue 5), when picked. */
  @Column({ type: 'uuid', nullable: true })
  suspectStaffId: string | null;

  /** The suspect's account when the suspect is the head (REP-11). */
  @Column({ type: 'uuid', nullable: true })
  suspectAccountId: string | null;

  /** Free text that may name the child or the suspect: encrypted at rest. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('incident.suspect_description') })
  suspectDescription: string | null;

  @Column({ type: 'boolean', default: false })
  hasHeadDeclaredConflict: boolean;

  @Column({ type: 'varchar', length: 16 })
  channel: 'ORAL' | 'WRITTEN';

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'boolean', default: false })
  isMarkedConfidential: boolean;

  @Column({ type: 'boolean', default: false })
  isChildInDanger: boolean;

  @Index('incident_state_idx')
  @Column({ type: 'varchar', length: 24 })
  state: IncidentState;

  /** REP-8: when the district knew from the institution (recording in XiaoHu reaches 安稳办 at once). */
  @Column({ type: 'timestamptz', nullable: true })
  reportedToDistrictAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  policeReportedAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  policeStation: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  policeReceiptNumber: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  policeOfficerName: string | null;

  @Column({ type: 'uuid', nullable: true })
  policeRecordedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  policeRecordedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  closingReason: ClosingReason | null;

  /** Free text that may name the child: encrypted at rest. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('incident.closing_note') })
  closingNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  closedByAccountId: string | null;

  /**
   * Stored reporting state (issue 15), written only by refreshStoredReporting from the domain's
   * assessReporting, on every change of the case and by the deadline job. See stored-reporting.ts for
   * why AWAITING_POLICE_REPORT past police_report_due_at reads as IN_BREACH.
   */
  @Column({ type: 'varchar', length: 24 })
  reportingStatus: ReportingStatus;

  /** REP-3: the police deadline, when a police report is required (REP-1). */
  @Column({ type: 'timestamptz', nullable: true })
  policeReportDueAt: Date | null;

  /** A breach is on record (incident_breach), REP-4. */
  @Column({ type: 'boolean', default: false })
  hasBreach: boolean;
}
