import { MisconductCaseResolver, StaffMemberResolver } from './staff-member.resolver';
import { MisconductListResolver, ViewerMisconductResolver } from './misconduct-list';
import { OpeningApplicationResolver } from './opening-application.resolver';
import { StaffResolver } from './staff.resolver';

/** The staff feature's resolvers, listed once for schema.ts. */
export const STAFF_RESOLVERS = [
  StaffResolver,
  StaffMemberResolver,
  MisconductCaseResolver,
  OpeningApplicationResolver,
  MisconductListResolver,
  ViewerMisconductResolver,
] as const;
