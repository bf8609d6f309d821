import type { InspectionItemGroup, InstitutionKind, RuleId } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** PRV-1: a checklist template 检查表 the district keeps; the default is seeded from the domain's. */
@Entity({ name: 'inspection_template' })
@Index('inspection_template_code_key', ['code'], { unique: true })
export class InspectionTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn: string;
}

/** One item of a template, with the rule it checks, in Chinese first. */
@Entity({ name: 'inspection_template_item' })
@Index('inspection_template_item_template_id_code_key', ['templateId', 'code'], { unique: true })
export class InspectionTemplateItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InspectionTemplateEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'inspection_template_item_template_id_fkey' })
  template?: InspectionTemplateEntity;

  @Column({ type: 'uuid' })
  templateId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 32 })
  itemGroup: InspectionItemGroup;

  @Column({ type: 'varchar', length: 8 })
  ruleId: RuleId;

  @Column({ type: 'text' })
  textZh: string;

  @Column({ type: 'text' })
  textEn: string;

  /** The kinds it applies to; empty: every kind. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  kinds: InstitutionKind[];
}
