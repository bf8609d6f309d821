import { DistrictBanEntity } from './district-ban.entity';
import { InstitutionOpeningApplicationEntity } from './institution-opening-application.entity';
import { MisconductCaseEntity } from './misconduct-case.entity';
import { QualificationEntity } from './qualification.entity';
import { ReminderInterviewEntity } from './reminder-interview.entity';
import { StaffDueDatesBasisEntity } from './staff-due-dates-basis.entity';
import { StaffMemberEntity } from './staff-member.entity';
import { VettingCheckEntity } from './vetting-check.entity';

/** The staff feature's tables, listed once for shared/db/entities.ts. */
export const STAFF_ENTITIES = [
  StaffMemberEntity,
  VettingCheckEntity,
  QualificationEntity,
  ReminderInterviewEntity,
  MisconductCaseEntity,
  DistrictBanEntity,
  InstitutionOpeningApplicationEntity,
  StaffDueDatesBasisEntity,
];
