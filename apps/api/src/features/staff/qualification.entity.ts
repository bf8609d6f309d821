import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffMemberEntity } from './staff-member.entity';
import type { QualificationKind } from './staff.enums';

/** A teacher qualification, kindergarten-teacher qualification or childcare training certificate (VET-5, VET-6). */
@Entity({ name: 'staff_qualification' })
export class QualificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Index('staff_qualification_staff_id_idx')
  @Column({ type: 'uuid' })
  staffId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: QualificationKind;

  @Column({ type: 'varchar', length: 60 })
  number: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  revokedRuleId: string | null;
}
