import type { AccountRole } from '../access/access.types';
import type { InstitutionKind, UnitCode } from '../organisation/organisation.types';
import type {
  BreachCode,
  ClosingReason,
  EmergencyStep,
  ExternalLearning,
  IncidentCategory,
  IncidentState,
  SuspectType,
} from './reporting.types';

/** The stored facts of one case that the 强制报告 document is built from (the API loads them). */
export interface MandatoryReportFacts {
  caseId: string;
  institution: { id: string; name: string; kind: InstitutionKind; street: string | null };
  /** SCHOOL: recorded by the institution; EXTERNAL: opened by the district from another source. */
  origin: 'SCHOOL' | 'EXTERNAL';
  category: IncidentCategory;
  suspectType: SuspectType;
  channel: 'ORAL' | 'WRITTEN';
  /** Who received the disclosure and recorded it. */
  reporter: { role: AccountRole; displayName: string };
  /** When the institution first knew (the disclosure's receipt; REP-3's clock starts here). */
  receivedAt: Date;
  recordedAt: Date;
  headToldAt: Date | null;
  reportedToDistrictAt: Date | null;
  policeReportDueAt: Date | null;
  policeReport: { reportedAt: Date; policeStation: string; receiptNumber: string } | null;
  isChildInDanger: boolean;
  state: IncidentState;
  closedAt: Date | null;
  closingReason: ClosingReason | null;
  /** REP-6 steps done, in any order. */
  emergencySteps: { step: EmergencyStep; doneAt: Date }[];
  /** Where the district learned of it besides the institution (no notes: they may name the child). */
  externalSources: ExternalLearning[];
  breaches: { code: BreachCode; occurredAt: Date }[];
  /** Given only for the need-to-know group (REP-7); the builder still drops it unless entitled. */
  child: { name: string; className: string } | null;
}

/** Who exports: the document says on whose authority (a staff member, never a child). */
export interface MandatoryReportExporter {
  role: AccountRole;
  unit: UnitCode | null;
  displayName: string;
}

/** A code with its Chinese name, as the intake reads it. */
export interface Labelled<T extends string> {
  code: T;
  label: string;
}

/** The JSON document (docs/MANDATORY-REPORT.md): every instant in ISO 8601 UTC. */
export interface MandatoryReport {
  format: 'xiaohu.mandatory-report';
  schemaVersion: 1;
  generatedAt: string;
  timeZone: string;
  caseId: string;
  reportingInstitution: {
    id: string;
    name: string;
    kind: Labelled<InstitutionKind>;
    street: string | null;
  };
  reporter: { role: Labelled<AccountRole>; name: string; channel: Labelled<'ORAL' | 'WRITTEN'> };
  knownAt: string;
  recordedAt: string;
  headToldAt: string | null;
  reportedToDistrictAt: string | null;
  police: {
    isRequired: boolean;
    dueAt: string | null;
    reportedAt: string | null;
    station: string | null;
    receiptNumber: string | null;
    minutesAfterKnown: number | null;
  };
  category: Labelled<IncidentCategory>;
  suspectType: Labelled<SuspectType>;
  origin: Labelled<'SCHOOL' | 'EXTERNAL'>;
  outline: string;
  measures: { code: string; label: string; at: string; ruleId: string }[];
  externalSources: { source: Labelled<ExternalLearning['source']>; learnedAt: string }[];
  breaches: { code: Labelled<BreachCode>; occurredAt: string }[];
  isChildInDanger: boolean;
  state: Labelled<IncidentState>;
  closedAt: string | null;
  closingReason: Labelled<ClosingReason> | null;
  child: { name: string; className: string } | null;
  childIdentity: 'INCLUDED' | 'WITHHELD' | 'NOT_RECORDED';
  exportedBy: { role: Labelled<AccountRole>; unit: Labelled<UnitCode> | null; name: string };
}
