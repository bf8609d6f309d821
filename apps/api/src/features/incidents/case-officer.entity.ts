import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** REP-7: a 安稳办 member designated for confidential cases (in their need-to-know group). */
@Entity({ name: 'case_officer' })
export class CaseOfficerEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'case_officer_account_id_fkey' })
  account?: AccountEntity;

  @Column({ type: 'timestamptz' })
  designatedAt: Date;
}
