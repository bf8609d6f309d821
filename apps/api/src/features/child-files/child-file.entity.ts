import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { SchoolClassEntity } from '../classes/school-class.entity';
import { InstitutionEntity } from '../institutions/institution.entity';

/**
 * PRV-8: a child who needs watching (留守, 困境, the district's own categories), with the personal file
 * and the mental-health growth file. The most sensitive record in XiaoHu: the child's identity and both
 * files are encrypted at rest, read only by the need-to-know group of `childFileAccess`.
 */
@Entity({ name: 'child_file' })
@Index('child_file_institution_id_opened_at_idx', ['institutionId', 'openedAt', 'id'])
export class ChildFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'child_file_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => SchoolClassEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'child_file_class_id_fkey' })
  schoolClass?: SchoolClassEntity;

  @Index('child_file_class_id_idx')
  @Column({ type: 'uuid' })
  classId: string;

  @Column({ type: 'text', transformer: encryptedColumn('child_file.child_name') })
  childName: string;

  /** The school's student number 学籍号, when known. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('child_file.student_number') })
  studentNumber: string | null;

  /** WATCH_CATEGORIES codes and the district's own (DistrictPolicy.districtWatchCategories). */
  @Column({ type: 'varchar', length: 32, array: true })
  categories: string[];

  /** Staff members of the institution named as the child's counsellors 心理辅导老师. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  counsellorStaffIds: string[];

  /** The personal file 个人档案: family, guardian and contact, situation. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('child_file.personal_file') })
  personalFile: string | null;

  /** The mental-health growth file 心理健康成长档案. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('child_file.growth_file') })
  growthFile: string | null;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'uuid' })
  openedByAccountId: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedByAccountId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  closingReason: string | null;
}
