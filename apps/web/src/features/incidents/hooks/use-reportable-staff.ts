import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { ReportableStaffQuery as ReportableStaffData, StaffRole } from '../../../gql/graphql';
import type { ReportableStaffOption } from '../forms/disclosure-form.schema';
import { ReportableStaffQuery } from '../incidents.graphql';

const PAGE = 20;
const DEBOUNCE_MS = 250;

/** The picker's options from the query; an absent answer is an empty list. */
export function toReportableStaffOptions(data: ReportableStaffData | undefined): ReportableStaffOption[] {
  return (data?.reportableStaff ?? []).map(({ id, name, role }) => ({ id, name, role }));
}

/** What the picker shows for one person: the name, then the role label. */
export function staffOptionLabel(
  option: ReportableStaffOption,
  roleLabel: (role: StaffRole) => string,
): string {
  return `${option.name}（${roleLabel(option.role)}）`;
}

/** Active staff of the reporter's own institution whose name contains `search` (issue 4 suspect picker). */
export function useReportableStaff(search: string, isEnabled: boolean) {
  // Typing should not send a query per keystroke.
  const [debounced, setDebounced] = useState(search.trim());
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, previousData, loading, error } = useQuery(ReportableStaffQuery, {
    variables: { search: debounced || null, first: PAGE },
    skip: !isEnabled,
  });
  return {
    options: toReportableStaffOptions(data ?? previousData),
    isLoading: loading,
    hasFailed: Boolean(error),
  };
}
