import { DUTY_CODES, INSTITUTION_KINDS, SUPERVISING_SECTIONS, UNIT_CODES } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

// The values come from the domain package, so the API cannot drift from the rules.
export const InstitutionKindEnum = enumObject(INSTITUTION_KINDS);
registerEnumType(InstitutionKindEnum, {
  name: 'InstitutionKind',
  description: 'Kind of institution (小学, 中学, 幼儿园, 中职学校, 培训机构, 特教学校).',
});

export const UnitCodeEnum = enumObject(UNIT_CODES);
registerEnumType(UnitCodeEnum, {
  name: 'UnitCode',
  description: 'A committee unit of section 三 of the plan.',
});

export const DutyCodeEnum = enumObject(DUTY_CODES);
registerEnumType(DutyCodeEnum, {
  name: 'DutyCode',
  description: 'A duty that section 三 assigns to units (ORG-2).',
});

export const SupervisingSectionEnum = enumObject(SUPERVISING_SECTIONS);
registerEnumType(SupervisingSectionEnum, {
  name: 'SupervisingSection',
  description: 'A section that supervises institutions by kind (ORG-1): BASIC, PRESCHOOL or VOCATIONAL.',
});
