import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { InstitutionEntity } from '../institutions/institution.entity';
import { UnitEntity } from '../organisation/unit.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { Role } from './role';

/** A person who signs in. Institution roles carry an institution; section members a unit. */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised (trimmed, lower case), so sign-in and lockout agree on one key. */
  @Index('account_username_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 60 })
  displayName: string;

  /** Where alerts are mailed; an account without one gets its alerts in the app only. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** Argon2id; null until the person sets a password through a set-password link. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** SHA-256 of the one outstanding set-password token; cleared when used or replaced. */
  @Index('account_set_password_token_hash_key', {
    unique: true,
    where: '"set_password_token_hash" IS NOT NULL',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  setPasswordTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  setPasswordExpiresAt: Date | null;

  @Column({ type: 'varchar', length: 24 })
  role: Role;

  /** The language the account reads mail in: set when the user switches language in the app. */
  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  language: 'zh-CN' | 'en';

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code' })
  unit?: UnitEntity | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  unitCode: string | null;

  @ManyToOne(() => InstitutionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity | null;

  @Index('account_institution_id_idx')
  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  /** REP-11, VET-11: the staff record of the person holding an institution account. */
  @ManyToOne(() => StaffMemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'account_staff_member_id_fkey' })
  staffMember?: StaffMemberEntity | null;

  @Index('account_staff_member_id_key', { unique: true, where: '"staff_member_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  staffMemberId: string | null;

  @Column({ type: 'boolean', default: false })
  isDisabled: boolean;

  /** TOTP shared secret (base32), encrypted with the data key; null until MFA is enrolled. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('account.mfa_secret') })
  mfaSecret: string | null;

  /** A secret shown for enrolment and not yet confirmed with a code. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('account.mfa_pending_secret') })
  mfaPendingSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  mfaEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code of this step or an earlier one is refused (used once). */
  @Column({ type: 'integer', nullable: true })
  mfaLastStep: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
