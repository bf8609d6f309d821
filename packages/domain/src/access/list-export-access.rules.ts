import { permit } from './access.rules';
import type { AccessActor, Permit } from './access.types';

/**
 * REP-7, ORG-1 (issue 10): who may download the case list as a spreadsheet. The committee (leadership and
 * section members, over their own list) and a head (her institution's list) work with lists; a teacher or
 * other staff member sees only the cases they reported and gets no bulk file of children's cases; the
 * administrator sees no case at all. Each row's parts (the child's identity) are still `caseAccess`'s.
 */
export function caseExportAccess(actor: Pick<AccessActor, 'role'>): Permit {
  switch (actor.role) {
    case 'LEADER':
    case 'SECTION_MEMBER':
      return permit(true, 'ORG-1');
    case 'HEAD':
      return permit(true, 'ORG-3');
    case 'TEACHER':
    case 'STAFF':
      return permit(false, 'REP-7');
    case 'ADMIN':
      return permit(false, 'ORG-3');
  }
}
