import { paths } from '../../../app/paths';
import { parseDueFilter } from './due-filter';

const ID = '0b5f4c9e-2d7a-4b1e-9c3f-8a6d5e4f3a21';

describe('the due list’s URL (paths.staffDue)', () => {
  it('VET-9, VET-10: reads the check’s kind, section, institution kind, street, institution and overdue', () => {
    const url = paths.staffDue({
      kind: 'RECHECK',
      section: 'PRESCHOOL',
      institutionKind: 'KINDERGARTEN',
      street: '杨家坪街道',
      institution: ID,
      overdue: '1',
    });
    expect(parseDueFilter(new URL(url, 'http://x').searchParams)).toEqual({
      kind: 'RECHECK',
      section: 'PRESCHOOL',
      institutionKind: 'KINDERGARTEN',
      street: '杨家坪街道',
      institutionId: ID,
      isOverdue: true,
    });
  });

  it('ignores unknown values and keeps nothing it cannot read', () => {
    expect(
      parseDueFilter(
        new URLSearchParams(
          'kind=PRIMARY&section=SAFETY&institutionKind=ZOO&street=%20&institution=x&overdue=0',
        ),
      ),
    ).toEqual({});
    expect(paths.staffDue()).toBe('/staff/due');
  });
});
