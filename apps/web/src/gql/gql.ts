/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          action\n          targetType\n          targetId\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    institution {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n": typeof types.InstitutionsDocument,
    "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n": typeof types.InstitutionDocument,
    "\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n": typeof types.ResponsibilityMatrixDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          action\n          targetType\n          targetId\n          outcome\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    institution {\n      id\n      name\n      kind\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n": types.InstitutionsDocument,
    "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n": types.InstitutionDocument,
    "\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n": types.ResponsibilityMatrixDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          action\n          targetType\n          targetId\n          outcome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          action\n          targetType\n          targetId\n          outcome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    institution {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    institution {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;