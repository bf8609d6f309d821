/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** Too many failed attempts: sign-in is refused for a while. */
export type AccountLockedError = ErrorResult & {
  __typename: 'AccountLockedError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** When sign-in will be accepted again. */
  lockedUntil: Scalars['DateTimeISO']['output'];
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** One entry of the append-only audit trail. */
export type AuditEvent = {
  __typename: 'AuditEvent';
  /** What was done, e.g. "signIn", "signOut", "institution.read". */
  action: Scalars['String']['output'];
  /** Who did it; null for the system or an anonymous sign-in attempt. */
  actorUsername?: Maybe<Scalars['String']['output']>;
  /** Position in the trail. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** "OK" or an error code. */
  outcome: Scalars['String']['output'];
  /** Identifier of the record acted on. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** Kind of record acted on, e.g. "institution". */
  targetType?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename: 'AuditEventConnection';
  /** The events of this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An audit event in a page of results. */
export type AuditEventEdge = {
  __typename: 'AuditEventEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Narrows the audit trail; all given conditions must hold. */
export type AuditFilter = {
  /** Only this action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this actor. */
  actorUsername?: InputMaybe<Scalars['String']['input']>;
  /** From this instant, inclusive. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Before this instant, exclusive. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A duty that section 三 assigns to units (ORG-2). */
export type DutyCode =
  | 'ANTI_SEXUAL_ABUSE_EDUCATION'
  | 'COORDINATION'
  | 'DAILY_COORDINATION'
  | 'HYGIENE_PUBLICITY'
  | 'INCIDENT_REPORT_RECEIPT'
  | 'IN_SERVICE_STAFF_CHECKS'
  | 'LEGAL_EDUCATION'
  | 'LETTERS_AND_VISITS'
  | 'MENTAL_HEALTH_EDUCATION'
  | 'NEW_INSTITUTION_STAFF_VETTING'
  | 'NEW_TEACHER_ENTRY_CHECK'
  | 'NO1_RECOMMENDATION_INSPECTION'
  | 'ONE_TO_ONE_VIDEO_MONITORING'
  | 'POLICE_LIAISON'
  | 'SUPERVISION'
  | 'TEACHER_ETHICS'
  | 'TEMPORARY_HIRE_CHECK'
  | 'THREE_PROTECTIONS';

/** Why an operation was refused; the UI maps each code to its own text. */
export type ErrorCode =
  | 'ACCOUNT_LOCKED'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED';

/** An expected failure, returned as data rather than as a GraphQL error. */
export type ErrorResult = {
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** A school, kindergarten or training institution of the district. */
export type Institution = {
  __typename: 'Institution';
  /** Street address. */
  address: Scalars['String']['output'];
  /** Duties that apply to it and who is responsible (ORG-2). */
  duties: Array<InstitutionDuty>;
  /** Name of the institution head 学校负责人. */
  headName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Kind of institution. */
  kind: InstitutionKind;
  /** Full name, e.g. 九龙坡区谢家湾小学. */
  name: Scalars['String']['output'];
  /** The section that supervises it (ORG-1). */
  supervisingSection: UnitCode;
  /** True when the supervisor comes from a district setting, not the plan (ORG-1). */
  supervisingSectionIsDistrictDefault: Scalars['Boolean']['output'];
};

/** A page of institutions, in name order. */
export type InstitutionConnection = {
  __typename: 'InstitutionConnection';
  /** The institutions of this page. */
  edges: Array<InstitutionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many institutions match the filter within the viewer’s scope. */
  totalCount: Scalars['Int']['output'];
};

/** A duty that applies to one institution, with its responsible units. */
export type InstitutionDuty = {
  __typename: 'InstitutionDuty';
  /** The duty. */
  duty: DutyCode;
  /** Units responsible for it at this institution. */
  responsibilities: Array<Responsibility>;
};

/** An institution in a page of results. */
export type InstitutionEdge = {
  __typename: 'InstitutionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
};

/** Narrows the institution list; all given conditions must hold. */
export type InstitutionFilter = {
  /** Only this kind. */
  kind?: InputMaybe<InstitutionKind>;
  /** Part of the name or address. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only institutions this section supervises (ORG-1). */
  section?: InputMaybe<UnitCode>;
};

/** Kind of institution (小学, 中学, 幼儿园, 中职学校, 培训机构, 特教学校). */
export type InstitutionKind =
  | 'KINDERGARTEN'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SPECIAL_EDUCATION'
  | 'TRAINING_INSTITUTION'
  | 'VOCATIONAL_SCHOOL';

/** Wrong username or password. Never says which, nor whether the account exists. */
export type InvalidCredentialsError = ErrorResult & {
  __typename: 'InvalidCredentialsError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** One cell of the responsibility matrix 职责分工: a duty at a kind of institution (ORG-2). */
export type MatrixCell = {
  __typename: 'MatrixCell';
  /** The duty. */
  duty: DutyCode;
  /** The kind of institution. */
  kind: InstitutionKind;
  /** Units responsible; empty when the duty does not apply. */
  responsibilities: Array<Responsibility>;
};

export type Mutation = {
  __typename: 'Mutation';
  /** Signs in and sets the session cookie. */
  signIn: SignInResult;
  /** Ends the current session and clears its cookie. */
  signOut: Scalars['Boolean']['output'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};

/** Relay page information for keyset pagination. */
export type PageInfo = {
  __typename: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An operation the viewer may perform, computed on the server; the UI hides the rest. */
export type Permission =
  | 'VIEW_AUDIT'
  | 'VIEW_INSTITUTIONS'
  | 'VIEW_RESPONSIBILITY_MATRIX';

export type Query = {
  __typename: 'Query';
  /** The audit trail, newest first (LEADER and ADMIN only). */
  auditEvents: AuditEventConnection;
  /** One institution; null when it does not exist or is outside the viewer’s scope (same answer). */
  institution?: Maybe<Institution>;
  /** Institutions within the viewer’s scope, in name order. */
  institutions: InstitutionConnection;
  /** The signed-in viewer; null when not signed in. */
  me?: Maybe<Viewer>;
  /** The whole responsibility matrix, duties × institution kinds (ORG-2). */
  responsibilityMatrix: Array<MatrixCell>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A unit responsible for a duty, and the rule and clause that say so. */
export type Responsibility = {
  __typename: 'Responsibility';
  /** Section mark of the plan, e.g. 三. */
  clause: Scalars['String']['output'];
  /** Rule ID of DOMAIN.md, e.g. ORG-1. */
  ruleId: Scalars['String']['output'];
  /** The responsible committee unit. */
  unit: UnitCode;
};

/** TEACHER, HEAD (学校负责人) and STAFF belong to one institution; SECTION_MEMBER to a committee unit; LEADER to the leading group (LEAD); ADMIN administers the system. */
export type Role =
  | 'ADMIN'
  | 'HEAD'
  | 'LEADER'
  | 'SECTION_MEMBER'
  | 'STAFF'
  | 'TEACHER';

/** Credentials for signIn. */
export type SignInInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Sign-in name; case and surrounding spaces are ignored. */
  username: Scalars['String']['input'];
};

/** The signed-in viewer, or why sign-in was refused. */
export type SignInResult = AccountLockedError | InvalidCredentialsError | ValidationError | Viewer;

/** A committee unit of section 三 of the plan. */
export type UnitCode =
  | 'BASIC'
  | 'HEALTH'
  | 'INSPECT'
  | 'LEAD'
  | 'OFFICE'
  | 'PERSONNEL'
  | 'POLICY'
  | 'PRESCHOOL'
  | 'SAFETY'
  | 'VOCATIONAL';

/** The input did not pass validation. */
export type ValidationError = ErrorResult & {
  __typename: 'ValidationError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** English description for logs and developers; the UI shows its own text. */
  message: Scalars['String']['output'];
};

/** The signed-in person. `institution` is resolved separately. */
export type Viewer = {
  __typename: 'Viewer';
  /** Name shown in the UI. */
  displayName: Scalars['String']['output'];
  /** Account id. */
  id: Scalars['ID']['output'];
  /** The viewer’s institution, for institution roles (TEACHER, HEAD, STAFF). */
  institution?: Maybe<Institution>;
  /** What the viewer may do; the UI hides the rest. */
  permissions: Array<Permission>;
  /** The account’s role. */
  role: Role;
  /** Committee unit, for committee roles. */
  unit?: Maybe<UnitCode>;
  /** Sign-in name. */
  username: Scalars['String']['output'];
};

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename: 'Query', auditEvents: { __typename: 'AuditEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, occurredAt: string, actorUsername?: string | null, action: string, targetType?: string | null, targetId?: string | null, outcome: string } }> } };

export type ViewerFieldsFragment = { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me?: { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn:
    | { __typename: 'AccountLockedError', code: ErrorCode, message: string, lockedUntil: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, field?: string | null }
    | { __typename: 'Viewer', id: string, username: string, displayName: string, role: Role, unit?: UnitCode | null, permissions: Array<Permission>, institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind } | null }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', signOut: boolean };

export type InstitutionsQueryVariables = Exact<{
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstitutionsQuery = { __typename: 'Query', institutions: { __typename: 'InstitutionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'InstitutionEdge', cursor: string, node: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind, address: string, headName?: string | null, supervisingSection: UnitCode } }> } };

export type InstitutionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionQuery = { __typename: 'Query', institution?: { __typename: 'Institution', id: string, name: string, kind: InstitutionKind, address: string, headName?: string | null, supervisingSection: UnitCode, supervisingSectionIsDistrictDefault: boolean, duties: Array<{ __typename: 'InstitutionDuty', duty: DutyCode, responsibilities: Array<{ __typename: 'Responsibility', unit: UnitCode, ruleId: string, clause: string }> }> } | null };

export type ResponsibilityMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponsibilityMatrixQuery = { __typename: 'Query', responsibilityMatrix: Array<{ __typename: 'MatrixCell', duty: DutyCode, kind: InstitutionKind, responsibilities: Array<{ __typename: 'Responsibility', unit: UnitCode, ruleId: string, clause: string }> }> };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingSection"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const InstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingSection"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingSectionIsDistrictDefault"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionQuery, InstitutionQueryVariables>;
export const ResponsibilityMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponsibilityMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibilityMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}}]} as unknown as DocumentNode<ResponsibilityMatrixQuery, ResponsibilityMatrixQueryVariables>;