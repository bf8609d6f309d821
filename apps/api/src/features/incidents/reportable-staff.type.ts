import type { StaffRole } from '@xiaohu/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRoleEnum } from '../staff/staff.enums';

@ObjectType({
  description:
    'A staff member a reporter may name as the suspect: the name and role only, never the ID number.',
})
export class ReportableStaffMember {
  @Field(() => ID, { description: 'The staff record id, passed as suspectStaffId.' })
  id: string;

  @Field({ description: 'The name on the staff register.' })
  name: string;

  @Field(() => StaffRoleEnum, { description: 'The role code; the UI shows its label.' })
  role: StaffRole;
}
