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
  '\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          role\n          unit\n          institutionId\n          institutionName\n          email\n          hasPassword\n          setPasswordLinkExpiresAt\n          staffMember {\n            id\n            name\n            post\n          }\n          isDisabled\n        }\n      }\n    }\n  }\n': typeof types.AccountsDocument;
  '\n  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n    setAccountDisabled(input: $input) {\n      __typename\n      ... on Account {\n        id\n        isDisabled\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.SetAccountDisabledDocument;
  '\n  query AccountInstitutionChoices($search: String) {\n    institutions(filter: { search: $search }, first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AccountInstitutionChoicesDocument;
  '\n  query AccountStaffChoices($institutionId: ID!, $search: String) {\n    accountStaffChoices(institutionId: $institutionId, search: $search) {\n      id\n      name\n      role\n      post\n      status\n      linkedUsername\n    }\n  }\n': typeof types.AccountStaffChoicesDocument;
  '\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n': typeof types.CreateAccountDocument;
  '\n  mutation ResetAccountPassword($input: AccountIdInput!) {\n    resetAccountPassword(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n          hasPassword\n          setPasswordLinkExpiresAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.ResetAccountPasswordDocument;
  '\n  query AccountSessions($accountId: ID!) {\n    accountSessions(accountId: $accountId) {\n      id\n      createdAt\n      lastSeenAt\n      isCurrent\n    }\n  }\n': typeof types.AccountSessionsDocument;
  '\n  mutation EndAccountSessions($input: EndAccountSessionsInput!) {\n    endAccountSessions(input: $input) {\n      __typename\n      ... on AccountSessionsEnded {\n        endedCount\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n': typeof types.EndAccountSessionsDocument;
  '\n  mutation SetAccountStaffMember($input: SetAccountStaffMemberInput!) {\n    setAccountStaffMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n        staffMember {\n          id\n          name\n          post\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.SetAccountStaffMemberDocument;
  '\n  query HeadAccountsTemplate {\n    headAccountsTemplate\n  }\n': typeof types.HeadAccountsTemplateDocument;
  '\n  mutation ImportHeadAccounts($input: ImportHeadAccountsInput!) {\n    importHeadAccounts(input: $input) {\n      __typename\n      ... on HeadAccountsImported {\n        created {\n          setPasswordPath\n          expiresAt\n          account {\n            id\n            username\n            displayName\n            institutionName\n          }\n        }\n      }\n      ... on ImportRejectedError {\n        code\n        message\n        rowCount\n        errors {\n          row\n          column\n          code\n          message\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n': typeof types.ImportHeadAccountsDocument;
  '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        username\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.SetPasswordDocument;
  '\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    description\n    role\n    unit\n    institutionId\n    institutionName\n    isDesignatedCaseOfficer\n    canWrite\n    rateLimitPerMinute\n    status\n    createdAt\n    revokedAt\n    lastUsedAt\n    tokens {\n      id\n      prefix\n      expiresAt\n      supersededUntil\n      state\n    }\n    usage {\n      day\n      calls\n      refused\n    }\n    viewerCan {\n      rotate\n      revoke\n    }\n  }\n': typeof types.ApiClientFieldsFragmentDoc;
  '\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n': typeof types.ApiClientsDocument;
  '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.CreateApiClientDocument;
  '\n  mutation RotateApiClientToken($input: RotateApiClientTokenInput!) {\n    rotateApiClientToken(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RotateApiClientTokenDocument;
  '\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      __typename\n      ... on ApiClient {\n        ...ApiClientFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n': typeof types.RevokeApiClientDocument;
  '\n  query AssessmentPeriods {\n    assessmentPeriods {\n      canOpenPeriod\n      canExport\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        openedAt\n      }\n    }\n  }\n': typeof types.AssessmentPeriodsDocument;
  '\n  query AssessmentPeriod($id: ID!) {\n    assessmentPeriod(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      institutionCount\n      rows {\n        id\n        institutionId\n        institutionName\n        institutionKind\n        score\n        vetoStatus\n        isEligibleForAwards\n      }\n    }\n    assessmentPeriods {\n      canExport\n    }\n  }\n': typeof types.AssessmentPeriodDocument;
  '\n  fragment CaseRefFields on AssessedCaseRef {\n    caseId\n    category\n    receivedAt\n  }\n': typeof types.CaseRefFieldsFragmentDoc;
  '\n  fragment VerdictFields on VetoVerdictView {\n    isVetoed\n    leadershipResponsible\n    ruleIds\n    grounds {\n      case {\n        ...CaseRefFields\n      }\n      failure\n      impact\n      ruleIds\n      clause\n    }\n    excluded {\n      case {\n        ...CaseRefFields\n      }\n      reason\n    }\n  }\n': typeof types.VerdictFieldsFragmentDoc;
  '\n  fragment AssessmentFields on Assessment {\n    id\n    institutionId\n    institutionName\n    institutionKind\n    score\n    vetoStatus\n    isEligibleForAwards\n    outcomeRuleIds\n    vetoComputedAt\n    statementDueAt\n    period {\n      id\n      name\n      startsAt\n      endsAt\n    }\n    verdict {\n      ...VerdictFields\n    }\n    statement {\n      text\n      submittedByName\n      submittedAt\n    }\n    review {\n      decision\n      reason\n      reviewedByName\n      reviewedAt\n      verdict {\n        ...VerdictFields\n      }\n    }\n    findings {\n      id\n      source\n      text\n      points\n      case {\n        ...CaseRefFields\n      }\n      failures\n      impacts\n      sanctionGrounds\n      recordedByName\n      recordedAt\n    }\n    evidence {\n      activeStaff\n      overdueRechecks\n      staffFoundNotClear\n      overdueInterviews\n      cases {\n        case {\n          ...CaseRefFields\n        }\n        breaches\n        failures\n        impacts\n        isStaffSuspect\n      }\n      misconductCases {\n        id\n        status\n        openedAt\n        proposedAt\n        decidedAt\n        outcomes\n      }\n    }\n    sanctionOptions {\n      sanction\n      ruleId\n      clause\n    }\n    sanctions {\n      id\n      sanction\n      decidedByName\n      decidedAt\n      interviewAt\n      interviewAttendees\n      interviewMinutes\n      circularNumber\n    }\n    viewerCan {\n      canRecordFinding\n      canSubmitStatement\n      canReviewVeto\n      canRecordSanction\n      canDownloadCircular\n    }\n  }\n': typeof types.AssessmentFieldsFragmentDoc;
  '\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n': typeof types.AssessmentDocument;
  '\n  mutation OpenAssessmentPeriod($input: OpenAssessmentPeriodInput!) {\n    openAssessmentPeriod(input: $input) {\n      __typename\n      ... on AssessmentPeriod {\n        id\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.OpenAssessmentPeriodDocument;
  '\n  mutation RecordAssessmentFinding($input: RecordAssessmentFindingInput!) {\n    recordAssessmentFinding(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordAssessmentFindingDocument;
  '\n  mutation SubmitVetoStatement($input: SubmitVetoStatementInput!) {\n    submitVetoStatement(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.SubmitVetoStatementDocument;
  '\n  mutation ReviewVeto($input: ReviewVetoInput!) {\n    reviewVeto(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.ReviewVetoDocument;
  '\n  mutation RecordSanction($input: RecordSanctionInput!) {\n    recordSanction(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordSanctionDocument;
  '\n  query AssessmentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AssessmentInstitutionOptionsDocument;
  '\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          actorName\n          action\n          targetType\n          targetId\n          targetName\n          outcome\n        }\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query AuditActors($search: String, $first: Int) {\n    auditActors(search: $search, first: $first) {\n      id\n      displayName\n      username\n    }\n  }\n': typeof types.AuditActorsDocument;
  '\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    home\n    canExportCases\n    canOpenDeveloperPage\n    institution {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on MfaRequired {\n        challenge\n      }\n      ... on MfaEnrolmentRequired {\n        challenge\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  fragment MfaEnrolmentFields on MfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeSvg\n  }\n': typeof types.MfaEnrolmentFieldsFragmentDoc;
  '\n  mutation VerifyMfa($input: MfaCodeInput!) {\n    verifyMfa(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.VerifyMfaDocument;
  '\n  mutation BeginMfaEnrolment($challenge: String!) {\n    beginMfaEnrolment(challenge: $challenge) {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.BeginMfaEnrolmentDocument;
  '\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      __typename\n      ... on MfaEnrolled {\n        recoveryCodes\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.ConfirmMfaEnrolmentDocument;
  '\n  query MyMfa {\n    me {\n      id\n      mfa {\n        isEnabled\n        isRequired\n        recoveryCodesLeft\n      }\n    }\n  }\n': typeof types.MyMfaDocument;
  '\n  mutation BeginMyMfaEnrolment {\n    beginMyMfaEnrolment {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.BeginMyMfaEnrolmentDocument;
  '\n  mutation ConfirmMyMfaEnrolment($code: String!) {\n    confirmMyMfaEnrolment(code: $code) {\n      __typename\n      ... on MfaRecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.ConfirmMyMfaEnrolmentDocument;
  '\n  mutation DisableMyMfa($code: String!) {\n    disableMyMfa(code: $code) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.DisableMyMfaDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  fragment PreventionGapItemFields on PreventionGapItem {\n    code\n    ruleId\n    clause\n    subjectKind\n    label\n    isSubjectHidden\n    responsibleStaffName\n    fixPath\n    fixTargetId\n  }\n': typeof types.PreventionGapItemFieldsFragmentDoc;
  '\n  query PreventionGaps($institutionId: ID!) {\n    preventionGaps(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      total\n      viewerCanViewSubjects\n      counts {\n        code\n        ruleId\n        count\n      }\n      gaps {\n        ...PreventionGapItemFields\n      }\n    }\n  }\n': typeof types.PreventionGapsDocument;
  '\n  query PreventionGapOverview {\n    preventionGapOverview {\n      institutionId\n      institutionName\n      total\n      counts {\n        code\n        ruleId\n        count\n      }\n    }\n  }\n': typeof types.PreventionGapOverviewDocument;
  '\n  fragment CareRecordsFields on CareRecords {\n    institutionId\n    institutionName\n    legalVicePrincipal {\n      status\n      isGap\n      isWarning\n      endsAt\n      appointmentId\n      appointments {\n        id\n        name\n        unit\n        organisation\n        phone\n        termStart\n        termEnd\n      }\n    }\n    courses {\n      intakeId\n      intakeName\n      enrolledAt\n      status\n      deadline\n      deliveredAt\n      undeliveredClassNames\n      deliveries {\n        id\n        deliveredAt\n        classNames\n        teacherName\n        note\n      }\n    }\n    classes {\n      id\n      name\n      intakeId\n    }\n    teachingPlan {\n      termStart\n      termEnd\n      minLessonsPerClass\n      classes {\n        classId\n        className\n        lessons\n        isShort\n      }\n      entries {\n        id\n        className\n        topic\n        lessons\n        plannedAt\n      }\n    }\n    counselling {\n      hasCounsellingRoom\n      roomLocation\n      hotline\n      isProvided\n      recordedAt\n    }\n    bullyingDocuments {\n      id\n      kind\n      title\n      adoptedAt\n      fileName\n      byteSize\n    }\n    hasBullyingDocuments\n    viewerCan {\n      recordLegalVicePrincipal\n      recordCourseDelivery\n      recordTeachingPlan\n      recordCounselling\n      recordBullyingDocument\n      manageClasses\n    }\n    staffChoices {\n      id\n      name\n      post\n    }\n  }\n': typeof types.CareRecordsFieldsFragmentDoc;
  '\n  query CareRecords($institutionId: ID!) {\n    careRecords(institutionId: $institutionId) {\n      ...CareRecordsFields\n    }\n  }\n': typeof types.CareRecordsDocument;
  '\n  mutation RecordLegalVicePrincipal($input: RecordLegalVicePrincipalInput!) {\n    recordLegalVicePrincipal(input: $input) {\n      __typename\n      ... on LegalVicePrincipal {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordLegalVicePrincipalDocument;
  '\n  mutation RecordCourseDelivery($input: RecordCourseDeliveryInput!) {\n    recordCourseDelivery(input: $input) {\n      __typename\n      ... on CourseDelivery {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordCourseDeliveryDocument;
  '\n  mutation RecordTeachingPlan($input: RecordTeachingPlanInput!) {\n    recordTeachingPlan(input: $input) {\n      __typename\n      ... on TeachingPlanEntry {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordTeachingPlanDocument;
  '\n  mutation RecordCounselling($input: RecordCounsellingInput!) {\n    recordCounselling(input: $input) {\n      __typename\n      ... on Counselling {\n        isProvided\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordCounsellingDocument;
  '\n  fragment ChildFileSummaryFields on ChildFile {\n    id\n    institutionName\n    className\n    childName\n    categories\n    closedAt\n    talkStatus {\n      lastTalkAt\n      dueAt\n      isOverdue\n    }\n  }\n': typeof types.ChildFileSummaryFieldsFragmentDoc;
  '\n  fragment ChildFileFields on ChildFile {\n    ...ChildFileSummaryFields\n    headTeacherName\n    studentNumber\n    personalFile\n    growthFile\n    openedAt\n    closingReason\n    counsellors {\n      id\n      name\n      post\n    }\n    talks {\n      id\n      kind\n      heldAt\n      byStaffName\n      note\n    }\n    cases {\n      id\n      category\n      state\n      receivedAt\n    }\n    hiddenCaseCount\n    viewerCan {\n      recordTalk\n      updateFile\n      closeFile\n    }\n  }\n': typeof types.ChildFileFieldsFragmentDoc;
  '\n  query ChildFiles($includeClosed: Boolean) {\n    childFiles(includeClosed: $includeClosed) {\n      showsChildren\n      items {\n        ...ChildFileSummaryFields\n      }\n    }\n    childFileForm {\n      classes {\n        id\n        name\n        headTeacherName\n      }\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n': typeof types.ChildFilesDocument;
  '\n  query ChildFileCounts {\n    childFileCounts {\n      institutionId\n      institutionName\n      section\n      category\n      openCount\n      overdueCount\n    }\n  }\n': typeof types.ChildFileCountsDocument;
  '\n  query ChildFile($id: ID!) {\n    childFile(id: $id) {\n      ...ChildFileFields\n    }\n  }\n': typeof types.ChildFileDocument;
  '\n  mutation OpenChildFile($input: OpenChildFileInput!) {\n    openChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.OpenChildFileDocument;
  '\n  mutation RecordWelfareTalk($input: RecordWelfareTalkInput!) {\n    recordWelfareTalk(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordWelfareTalkDocument;
  '\n  mutation CloseChildFile($input: CloseChildFileInput!) {\n    closeChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.CloseChildFileDocument;
  '\n  mutation LinkChildFileCase($input: LinkChildFileCaseInput!) {\n    linkChildFileCase(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.LinkChildFileCaseDocument;
  '\n  query ChildFileForm {\n    childFileForm {\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n': typeof types.ChildFileFormDocument;
  '\n  mutation UpdateChildFile($input: UpdateChildFileInput!) {\n    updateChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.UpdateChildFileDocument;
  '\n  query IntakeRegister($institutionId: ID!) {\n    intakes(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      viewerCan {\n        manageClasses\n      }\n      staffChoices {\n        id\n        name\n        post\n      }\n      intakes {\n        id\n        name\n        enrolledAt\n        classes {\n          id\n          name\n          headTeacherStaffId\n          headTeacherName\n          closedAt\n        }\n      }\n    }\n  }\n': typeof types.IntakeRegisterDocument;
  '\n  mutation RecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      __typename\n      ... on Intake {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordIntakeDocument;
  '\n  mutation RecordClass($input: RecordClassInput!) {\n    recordClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n': typeof types.RecordClassDocument;
  '\n  mutation AssignHeadTeacher($input: AssignHeadTeacherInput!) {\n    assignHeadTeacher(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n': typeof types.AssignHeadTeacherDocument;
  '\n  mutation CloseClass($input: CloseClassInput!) {\n    closeClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n': typeof types.CloseClassDocument;
  '\n  fragment SchoolClassResultFields on SchoolClassResult {\n    __typename\n    ... on SchoolClass {\n      id\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n': typeof types.SchoolClassResultFieldsFragmentDoc;
  '\n  fragment DormEntryFields on DormEntry {\n    id\n    institutionId\n    institutionName\n    staffMemberId\n    staffName\n    staffRole\n    purpose\n    purposeNote\n    decision\n    refusal\n    isRegistrationRequired\n    enteredAt\n    exitedAt\n    isNight\n    recordedByName\n    canRecordExit\n  }\n': typeof types.DormEntryFieldsFragmentDoc;
  '\n  query DormDoor {\n    dormDoor {\n      institutionId\n      institutionName\n      isBoarding\n      canRecordEntry\n      nightStartMinute\n      nightEndMinute\n      inside {\n        ...DormEntryFields\n      }\n    }\n  }\n': typeof types.DormDoorDocument;
  '\n  query DormDoorPeople($search: String!) {\n    dormDoorPeople(search: $search) {\n      id\n      name\n      role\n      post\n    }\n  }\n': typeof types.DormDoorPeopleDocument;
  '\n  query DormEntries($filter: DormEntryFilter, $first: Int, $after: String) {\n    dormEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      items {\n        ...DormEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DormEntriesDocument;
  '\n  mutation RecordDormEntry($input: RecordDormEntryInput!) {\n    recordDormEntry(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on DormEntryRefusedError {\n        reason\n        attempt {\n          ...DormEntryFields\n        }\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on DormForbiddenError {\n        ruleId\n      }\n    }\n  }\n': typeof types.RecordDormEntryDocument;
  '\n  mutation RecordDormExit($input: RecordDormExitInput!) {\n    recordDormExit(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.RecordDormExitDocument;
  '\n  query MyWork {\n    myWork {\n      totalCount\n      items {\n        kind\n        ruleId\n        caseId\n        caseCategory\n        caseRecordedAt\n        staffId\n        staffName\n        staffRole\n        dueAt\n        isOverdue\n        isChildInDanger\n        openSteps\n      }\n      careGaps {\n        institutionId\n        total\n        canOpenList\n        first {\n          ...PreventionGapItemFields\n        }\n      }\n      reportedCases {\n        id\n        category\n        state\n        reportingStatus\n        recordedAt\n        policeReportDueAt\n        policeReportedAt\n      }\n    }\n  }\n': typeof types.MyWorkDocument;
  '\n  fragment BullyingStepsFields on BullyingSteps {\n    caseId\n    nextStep\n    viewerCan {\n      recordStep\n    }\n    steps {\n      step\n      status\n      dueAt\n      completedAt\n      isLate\n      note\n      recordedBy\n    }\n  }\n': typeof types.BullyingStepsFieldsFragmentDoc;
  '\n  query CaseBullyingSteps($id: ID!) {\n    case(id: $id) {\n      id\n      bullyingSteps {\n        ...BullyingStepsFields\n      }\n    }\n  }\n': typeof types.CaseBullyingStepsDocument;
  '\n  mutation RecordBullyingStep($input: RecordBullyingStepInput!) {\n    recordBullyingStep(input: $input) {\n      __typename\n      ... on BullyingSteps {\n        ...BullyingStepsFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.RecordBullyingStepDocument;
  '\n  fragment CaseSummaryFields on Case {\n    id\n    institutionId\n    institutionName\n    category\n    suspectType\n    state\n    isConfidential\n    isChildInDanger\n    receivedAt\n    recordedAt\n    acknowledgedAt\n    closedAt\n    closingReason\n    reporting {\n      status\n      isPoliceReportRequired\n      headNotificationDueAt\n      policeReportDueAt\n      isHeadNotificationLate\n      assessedAt\n    }\n    breaches {\n      code\n      hop\n      ruleIds\n      occurredAt\n      recordedAt\n    }\n    policeReport {\n      reportedAt\n      policeStation\n      receiptNumber\n      officerName\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.CaseSummaryFieldsFragmentDoc;
  '\n  fragment CaseDetailFields on Case {\n    suspectDescription\n    isSuspectHead\n    channel\n    isHeadInConflict\n    access\n    reporter {\n      id\n      displayName\n    }\n    acknowledgedBy {\n      id\n      displayName\n    }\n    emergencyChecklist {\n      step\n      ruleId\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    externalSources {\n      source\n      learnedAt\n      note\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      kind\n      at\n      actor {\n        id\n        displayName\n      }\n      detail\n      deadline\n      dueAt\n      deadlineOutcome\n    }\n    viewerCan {\n      canAcknowledge\n      canCompleteEmergencyStep\n      canRecordPoliceReport\n      canRecordExternalSource\n      canClose\n      canRecordWelfareNote\n      canExportMandatoryReport\n      closingReasons {\n        reason\n        isAllowed\n        ruleId\n        refusal\n      }\n    }\n  }\n': typeof types.CaseDetailFieldsFragmentDoc;
  '\n  fragment CaseConfidentialFields on Case {\n    child {\n      name\n      className\n    }\n    childStatement\n  }\n': typeof types.CaseConfidentialFieldsFragmentDoc;
  '\n  fragment CaseWelfareFields on Case {\n    welfareNotes {\n      id\n      concernNote\n      guardianToldAt\n      isStudySuspended\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.CaseWelfareFieldsFragmentDoc;
  '\n  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n': typeof types.CasesDocument;
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      ...CaseDetailFields\n      ...CaseConfidentialFields\n      ...CaseWelfareFields\n      canStartUnannouncedInspection\n    }\n  }\n': typeof types.CaseDocument;
  '\n  query ReportingChannels {\n    reportingChannels {\n      mailbox\n      hotline\n    }\n  }\n': typeof types.ReportingChannelsDocument;
  '\n  query ReportableStaff($search: String, $first: Int) {\n    reportableStaff(search: $search, first: $first) {\n      id\n      name\n      role\n    }\n  }\n': typeof types.ReportableStaffDocument;
  '\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n': typeof types.RecordDisclosureDocument;
  '\n  mutation AcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n': typeof types.AcknowledgeCaseDocument;
  '\n  mutation CompleteEmergencyStep($input: CompleteEmergencyStepInput!) {\n    completeEmergencyStep(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n': typeof types.CompleteEmergencyStepDocument;
  '\n  mutation RecordPoliceReport($input: RecordPoliceReportInput!) {\n    recordPoliceReport(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n': typeof types.RecordPoliceReportDocument;
  '\n  mutation RecordExternalSource($input: RecordExternalSourceInput!) {\n    recordExternalSource(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n': typeof types.RecordExternalSourceDocument;
  '\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n': typeof types.CloseCaseDocument;
  '\n  mutation RecordWelfareNote($input: RecordWelfareNoteInput!) {\n    recordWelfareNote(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n        ...CaseWelfareFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n': typeof types.RecordWelfareNoteDocument;
  '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    caseId\n    title\n    body\n    urgent\n    createdAt\n    readAt\n    facts {\n      institutionName\n      category\n      deadlineKind\n      dueAt\n      hazardItemZh\n      hazardItemEn\n      hazardId\n      isChildInDanger\n    }\n  }\n': typeof types.NotificationItemFragmentDoc;
  '\n  mutation SetMyLanguage($language: AccountLanguage!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n': typeof types.SetMyLanguageDocument;
  '\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      urgentUnread {\n        ...NotificationItem\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        readAt\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n    }\n  }\n': typeof types.MarkNotificationReadDocument;
  '\n  query IncidentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.IncidentInstitutionOptionsDocument;
  '\n  subscription MyNotificationsChanged {\n    myNotificationsChanged {\n      at\n    }\n  }\n': typeof types.MyNotificationsChangedDocument;
  '\n  subscription CaseChanged($id: ID!) {\n    caseChanged(id: $id) {\n      at\n    }\n  }\n': typeof types.CaseChangedDocument;
  '\n  query InspectionCampaigns {\n    inspectionCampaigns {\n      canOpen\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        selfInspectionsSubmitted\n        ownSelfInspectionId\n        ownSelfInspectionSubmittedAt\n        viewerCan {\n          canStartSelfInspection\n        }\n      }\n    }\n  }\n': typeof types.InspectionCampaignsDocument;
  '\n  query InspectionTemplates {\n    inspectionTemplates {\n      id\n      nameZh\n      nameEn\n    }\n  }\n': typeof types.InspectionTemplatesDocument;
  '\n  query InspectionCampaign($id: ID!) {\n    inspectionCampaign(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      templateNameZh\n      templateNameEn\n      institutionCount\n      selfInspectionsSubmitted\n      institutions {\n        institutionId\n        institutionName\n        institutionKind\n        selfInspectionId\n        submittedAt\n      }\n    }\n  }\n': typeof types.InspectionCampaignDocument;
  '\n  mutation OpenInspectionCampaign($input: OpenInspectionCampaignInput!) {\n    openInspectionCampaign(input: $input) {\n      __typename\n      ... on InspectionCampaign {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.OpenInspectionCampaignDocument;
  '\n  mutation StartInspection($input: StartInspectionInput!) {\n    startInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.StartInspectionDocument;
  '\n  fragment InspectionFields on Inspection {\n    id\n    kind\n    campaignName\n    institutionId\n    institutionName\n    startedAt\n    submittedAt\n    viewerCan {\n      canRecordItem\n      canSubmit\n    }\n    items {\n      item {\n        id\n        code\n        group\n        ruleId\n        textZh\n        textEn\n      }\n      result\n      note\n      hazardId\n    }\n  }\n': typeof types.InspectionFieldsFragmentDoc;
  '\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionFields\n    }\n  }\n': typeof types.InspectionDocument;
  '\n  mutation RecordInspectionItem($input: RecordInspectionItemInput!) {\n    recordInspectionItem(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.RecordInspectionItemDocument;
  '\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.SubmitInspectionDocument;
  '\n  query Hazards($filter: HazardFilter, $first: Int, $offset: Int) {\n    hazards(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        institutionName\n        description\n        foundAt\n        dueAt\n        ownerName\n        status\n        stage\n        item {\n          id\n          textZh\n          textEn\n        }\n        photos {\n          id\n          thumbnailUrl\n        }\n      }\n    }\n  }\n': typeof types.HazardsDocument;
  '\n  fragment HazardFields on Hazard {\n    id\n    institutionId\n    institutionName\n    inspectionId\n    inspectionKind\n    description\n    foundAt\n    ownerStaffId\n    ownerName\n    dueAt\n    status\n    missing\n    stage\n    rectifiedAt\n    item {\n      id\n      code\n      ruleId\n      textZh\n      textEn\n    }\n    rectifications {\n      id\n      note\n      recordedAt\n      recordedByName\n      verification\n      verifiedAt\n      sendBackReason\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    photos {\n      id\n      url\n      thumbnailUrl\n      width\n      height\n    }\n    viewerCan {\n      canAssign\n      canRecordRectification\n      canVerify\n    }\n  }\n': typeof types.HazardFieldsFragmentDoc;
  '\n  query Hazard($id: ID!) {\n    hazard(id: $id) {\n      ...HazardFields\n    }\n  }\n': typeof types.HazardDocument;
  '\n  mutation AssignHazard($input: AssignHazardInput!) {\n    assignHazard(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.AssignHazardDocument;
  '\n  mutation RecordRectification($input: RecordRectificationInput!) {\n    recordRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.RecordRectificationDocument;
  '\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n': typeof types.VerifyRectificationDocument;
  '\n  query HazardOwners($institutionId: ID!) {\n    staff(filter: { institutionId: $institutionId, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.HazardOwnersDocument;
  '\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n': typeof types.InstitutionsDocument;
  '\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      isApplyingToOpen\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n': typeof types.InstitutionDocument;
  '\n  mutation SetOpeningApplication($input: SetOpeningApplicationInput!) {\n    setOpeningApplication(input: $input) {\n      __typename\n      ... on Institution {\n        id\n        isApplyingToOpen\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n': typeof types.SetOpeningApplicationDocument;
  '\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n': typeof types.ResponsibilityMatrixDocument;
  '\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          recipientUsername\n          recipientDisplayName\n          to\n          kind\n          status\n          createdAt\n          sentAt\n          lastFailedAt\n          failedAttempts\n        }\n      }\n    }\n  }\n': typeof types.MailOutboxDocument;
  '\n  fragment OversightIndicatorFields on OversightIndicator {\n    id\n    ruleIds\n    unit\n    value\n    rag\n    isPeriodic\n    drill {\n      list\n      state\n      breach\n      overdue\n      dueKind\n      hazardStatuses\n    }\n  }\n': typeof types.OversightIndicatorFieldsFragmentDoc;
  '\n  query Oversight($filter: OversightFilter, $table: OversightTablePage) {\n    oversight(filter: $filter, table: $table) {\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      trend {\n        month\n        category\n        count\n      }\n      timeToPolice {\n        fromMinutes\n        toMinutes\n        count\n        isWithinDeadline\n      }\n      policeDeadlineMinutes\n      breachesBySection {\n        section\n        breach\n        count\n      }\n      coverageByKind {\n        kind\n        activeStaff\n        currentStaff\n        coverage\n        rag\n      }\n      table {\n        totalCount\n        rows {\n          institution {\n            id\n            name\n            kind\n            street\n          }\n          cells {\n            id\n            value\n            rag\n          }\n        }\n      }\n    }\n  }\n': typeof types.OversightDocument;
  '\n  query InstitutionRecord($id: ID!) {\n    institutionRecord(id: $id) {\n      institution {\n        id\n        name\n        kind\n        street\n        address\n      }\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      months {\n        month\n        start\n        end\n        casesRecorded\n        cells {\n          id\n          value\n          rag\n        }\n      }\n    }\n  }\n': typeof types.InstitutionRecordDocument;
  '\n  query OversightNav {\n    me {\n      id\n      canViewDashboard\n    }\n  }\n': typeof types.OversightNavDocument;
  '\n  fragment PlaceRegisterFields on MonitoredPlaceRegister {\n    institutionId\n    institutionName\n    institutionKind\n    lastBlindSpotSelfInspectionOn\n    blindSpotSelfInspectionDueAt\n    places {\n      id\n      name\n      kind\n      roomType\n      isMonitored\n      cameraCount\n      note\n      isGap\n      updatedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    gaps {\n      code\n      ruleId\n      placeId\n    }\n    viewerCan {\n      recordPlace\n      recordBlindSpotSelfInspection\n    }\n  }\n': typeof types.PlaceRegisterFieldsFragmentDoc;
  '\n  query MonitoredPlaces($institutionId: ID!) {\n    monitoredPlaces(institutionId: $institutionId) {\n      ...PlaceRegisterFields\n    }\n  }\n': typeof types.MonitoredPlacesDocument;
  '\n  mutation RecordMonitoredPlace($input: RecordMonitoredPlaceInput!) {\n    recordMonitoredPlace(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n': typeof types.RecordMonitoredPlaceDocument;
  '\n  mutation RecordBlindSpotSelfInspection($input: RecordBlindSpotSelfInspectionInput!) {\n    recordBlindSpotSelfInspection(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n': typeof types.RecordBlindSpotSelfInspectionDocument;
  '\n  query PlaceRegisters($filter: PlaceRegisterFilter) {\n    placeRegisters(filter: $filter) {\n      institutionId\n      institutionName\n      institutionKind\n      street\n      placeCount\n      oneToOneRooms\n      unmonitoredOneToOneRooms\n      lastBlindSpotSelfInspectionOn\n      blindSpotSelfInspectionDueAt\n      isBlindSpotSelfInspectionDue\n      gaps\n    }\n  }\n': typeof types.PlaceRegistersDocument;
  '\n  fragment StaffRowFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    institution {\n      id\n      name\n    }\n  }\n': typeof types.StaffRowFieldsFragmentDoc;
  '\n  fragment VettingDecisionFields on VettingDecision {\n    status\n    ruleIds\n    required {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    missing {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    blocking {\n      code\n      check\n      ruleId\n      clause\n    }\n  }\n': typeof types.VettingDecisionFieldsFragmentDoc;
  '\n  fragment MisconductCaseFields on MisconductCase {\n    id\n    staffId\n    staffName\n    institutionId\n    incidentId\n    status\n    facts\n    investigation\n    factsVerified\n    severity\n    involvesCrime\n    outcomes\n    openedAt\n    proposedAt\n    decidedAt\n    viewerCan {\n      canDecide\n    }\n  }\n': typeof types.MisconductCaseFieldsFragmentDoc;
  '\n  fragment StaffMemberFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    idNumber\n    phone\n    hasStudentAccess\n    startedAt\n    activatedAt\n    createdAt\n    institution {\n      id\n      name\n      kind\n    }\n    vetting {\n      status\n      ruleIds\n      required {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      missing {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      blocking {\n        code\n        check\n        ruleId\n        clause\n      }\n      checksWithFindings\n    }\n    checks {\n      id\n      check\n      outcome\n      checkedAt\n      checkedBy\n      system\n      referenceNumber\n      recordedBy\n      recordedAt\n      findings\n    }\n    qualifications {\n      id\n      kind\n      number\n      issuedAt\n      isRevoked\n      revokedAt\n      revokedRuleId\n    }\n    interviews {\n      id\n      interviewedAt\n      interviewer\n      notes\n    }\n    dueDates {\n      recheck {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n      reminderInterview {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n    }\n    misconductCases {\n      id\n      staffId\n      staffName\n      institutionId\n      incidentId\n      status\n      facts\n      investigation\n      factsVerified\n      severity\n      involvesCrime\n      outcomes\n      openedAt\n      proposedAt\n      decidedAt\n      viewerCan {\n        canDecide\n      }\n    }\n    viewerCan {\n      canActivate\n      canRecordQualification\n      canRecordInterview\n      canOpenMisconductCase\n      canReadIdNumber\n      recordableChecks\n    }\n  }\n': typeof types.StaffMemberFieldsFragmentDoc;
  '\n  query StaffList($filter: StaffFilter, $first: Int, $after: String) {\n    staff(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffRowFields\n        }\n      }\n    }\n  }\n': typeof types.StaffListDocument;
  '\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n': typeof types.StaffMemberDocument;
  '\n  query DueChecks($filter: DueCheckFilter, $first: Int, $after: String) {\n    dueChecks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        kind\n        staffId\n        staffName\n        idNumberMasked\n        role\n        institutionId\n        institutionName\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        supervisedBy\n      }\n    }\n  }\n': typeof types.DueChecksDocument;
  '\n  query AllowedMisconductOutcomes(\n    $staffId: ID!\n    $factsVerified: Boolean!\n    $severity: MisconductSeverity!\n    $involvesCrime: Boolean!\n  ) {\n    staffMember(id: $staffId) {\n      id\n      misconductCases {\n        id\n        allowedOutcomes(factsVerified: $factsVerified, severity: $severity, involvesCrime: $involvesCrime) {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n    }\n  }\n': typeof types.AllowedMisconductOutcomesDocument;
  '\n  mutation AddStaffCandidate($input: AddStaffCandidateInput!) {\n    addStaffCandidate(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on DuplicateStaffError {\n        code\n        message\n      }\n    }\n  }\n': typeof types.AddStaffCandidateDocument;
  '\n  mutation RecordVettingCheck($input: RecordVettingCheckInput!) {\n    recordVettingCheck(input: $input) {\n      __typename\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on NotResponsibleError {\n        code\n        message\n        recordedBy\n        ruleId\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n': typeof types.RecordVettingCheckDocument;
  '\n  mutation ActivateStaff($staffId: ID!) {\n    activateStaff(staffId: $staffId) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on VettingNotClearError {\n        code\n        message\n        decision {\n          status\n          ruleIds\n          required {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          missing {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          blocking {\n            code\n            check\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n': typeof types.ActivateStaffDocument;
  '\n  mutation RecordQualification($input: RecordQualificationInput!) {\n    recordQualification(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n': typeof types.RecordQualificationDocument;
  '\n  mutation RecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n': typeof types.RecordInterviewDocument;
  '\n  mutation OpenMisconductCase($input: OpenMisconductCaseInput!) {\n    openMisconductCase(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n': typeof types.OpenMisconductCaseDocument;
  '\n  mutation DecideMisconduct($input: DecideMisconductInput!) {\n    decideMisconduct(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on MisconductCaseNotFoundError {\n        code\n        message\n      }\n      ... on OutcomeNotAllowedError {\n        code\n        message\n        allowed {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n': typeof types.DecideMisconductDocument;
  '\n  query MisconductCases($filter: MisconductCaseFilter, $first: Int, $offset: Int) {\n    misconductCases(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        staffId\n        staffName\n        institutionId\n        institutionName\n        openedAt\n        status\n        outcomes\n        decidedAt\n      }\n    }\n  }\n': typeof types.MisconductCasesDocument;
  '\n  query MisconductNav {\n    me {\n      id\n      canListMisconduct\n    }\n  }\n': typeof types.MisconductNavDocument;
  '\n  fragment RiskSubjectSummaryFields on RiskSubject {\n    id\n    institutionId\n    institutionName\n    subjectType\n    siteType\n    personType\n    status\n    site {\n      name\n      address\n    }\n    location\n    recordedAt\n    lastFollowedUpAt\n    referral {\n      townshipReferredAt\n      policeReferredAt\n    }\n  }\n': typeof types.RiskSubjectSummaryFieldsFragmentDoc;
  '\n  query RiskSubjects($filter: RiskSubjectFilter, $first: Int, $after: String) {\n    riskSubjects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      viewerCanRecord\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RiskSubjectSummaryFields\n        }\n      }\n    }\n  }\n': typeof types.RiskSubjectsDocument;
  '\n  fragment RiskSubjectFields on RiskSubject {\n    ...RiskSubjectSummaryFields\n    recordedByName\n    site {\n      name\n      address\n      description\n    }\n    person {\n      name\n      idNumber\n      address\n      description\n    }\n    referral {\n      townshipOffice\n      townshipReferredAt\n      policeStation\n      policeReferredAt\n      missingRecipients\n    }\n    closingReason\n    closingNote\n    closedAt\n    followUps {\n      id\n      followedUpAt\n      outcome\n      note\n      recordedByName\n      recordedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    viewerCan {\n      recordFollowUp\n      close\n      readPersonalData\n      needsReferral\n      closingReasons\n    }\n  }\n': typeof types.RiskSubjectFieldsFragmentDoc;
  '\n  query RiskSubject($id: ID!) {\n    riskSubject(id: $id) {\n      ...RiskSubjectFields\n    }\n  }\n': typeof types.RiskSubjectDocument;
  '\n  mutation RecordRiskSubject($input: RecordRiskSubjectInput!) {\n    recordRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n': typeof types.RecordRiskSubjectDocument;
  '\n  mutation RecordRiskFollowUp($input: RecordRiskFollowUpInput!) {\n    recordRiskFollowUp(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n': typeof types.RecordRiskFollowUpDocument;
  '\n  mutation CloseRiskSubject($input: CloseRiskSubjectInput!) {\n    closeRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n': typeof types.CloseRiskSubjectDocument;
  '\n  query TipSchools {\n    tipSchools {\n      id\n      name\n    }\n  }\n': typeof types.TipSchoolsDocument;
  '\n  query TipChallenge {\n    tipChallenge {\n      challenge\n      difficulty\n    }\n  }\n': typeof types.TipChallengeDocument;
  '\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      __typename\n      ... on TipReceipt {\n        tipCode\n        passphrase\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n': typeof types.SubmitTipDocument;
  '\n  fragment TipThreadFields on TipThread {\n    tipCode\n    status\n    category\n    submittedAt\n    description\n    canReply\n    messages {\n      author\n      body\n      sentAt\n    }\n  }\n': typeof types.TipThreadFieldsFragmentDoc;
  '\n  query TipThread($code: String!, $passphrase: String!) {\n    tipThread(code: $code, passphrase: $passphrase) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n': typeof types.TipThreadDocument;
  '\n  mutation ReplyToTip($input: ReplyToTipInput!) {\n    replyToTip(input: $input) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n': typeof types.ReplyToTipDocument;
  '\n  query Tips($status: TipStatus) {\n    tips(status: $status, first: 100) {\n      id\n      tipCode\n      category\n      isConfidential\n      school\n      status\n      submittedAt\n      lastMessageAt\n      awaiting\n    }\n  }\n': typeof types.TipsDocument;
  '\n  fragment TipFields on Tip {\n    id\n    tipCode\n    category\n    isConfidential\n    school\n    institutionId\n    status\n    submittedAt\n    lastMessageAt\n    awaiting\n    happenedWhen\n    description\n    contact\n    caseId\n    ruleIds\n    messages {\n      author\n      body\n      sentAt\n    }\n    viewerCan {\n      answer\n      close\n      convert\n    }\n  }\n': typeof types.TipFieldsFragmentDoc;
  '\n  query Tip($id: ID!) {\n    tip(id: $id) {\n      ...TipFields\n    }\n  }\n': typeof types.TipDocument;
  '\n  mutation AnswerTip($input: AnswerTipInput!) {\n    answerTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n    }\n  }\n': typeof types.AnswerTipDocument;
  '\n  mutation CloseTip($input: CloseTipInput!) {\n    closeTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n': typeof types.CloseTipDocument;
  '\n  mutation ConvertTipToCase($input: ConvertTipToCaseInput!) {\n    convertTipToCase(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ReportingTimeError {\n        problem\n      }\n    }\n  }\n': typeof types.ConvertTipToCaseDocument;
  '\n  query TrainingViewer {\n    trainingViewer {\n      canRecordSession\n      ownInstitutionId\n      canViewOverview\n    }\n  }\n': typeof types.TrainingViewerDocument;
  '\n  query TrainingSessions($topic: TrainingTopic) {\n    trainingSessions(topic: $topic) {\n      id\n      topic\n      heldAt\n      trainer\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n    }\n  }\n': typeof types.TrainingSessionsDocument;
  '\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      topic\n      heldAt\n      trainer\n      materials\n      organiserInstitutionId\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n      viewerCan {\n        editSession\n        recordAttendance\n      }\n    }\n  }\n': typeof types.TrainingSessionDocument;
  '\n  query TrainingSessionRegister($sessionId: ID!, $institutionId: ID, $search: String) {\n    trainingSessionRegister(sessionId: $sessionId, institutionId: $institutionId, search: $search) {\n      staffId\n      name\n      role\n      employmentType\n      post\n      isPresent\n    }\n  }\n': typeof types.TrainingSessionRegisterDocument;
  '\n  query TrainingCoverage($institutionId: ID!, $topic: TrainingTopic!) {\n    trainingCoverage(institutionId: $institutionId, topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n      ruleIds\n      untrained {\n        staffId\n        name\n        role\n        post\n      }\n    }\n  }\n': typeof types.TrainingCoverageDocument;
  '\n  query TrainingCoverageOverview($topic: TrainingTopic!) {\n    trainingCoverageOverview(topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n    }\n  }\n': typeof types.TrainingCoverageOverviewDocument;
  '\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {\n    recordTrainingSession(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n    }\n  }\n': typeof types.RecordTrainingSessionDocument;
  '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n        attendeeCount\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n      ... on TrainingNotFoundError {\n        code\n      }\n    }\n  }\n': typeof types.RecordAttendanceDocument;
  '\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      eventTypes\n      createdAt\n      unsubscribedAt\n      pendingCount\n      failedCount\n      viewerCan {\n        unsubscribe\n      }\n    }\n  }\n': typeof types.WebhookSubscriptionsDocument;
  '\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attemptCount\n          createdAt\n          deliveredAt\n          attempts {\n            attemptedAt\n            httpStatus\n            responseMs\n            error\n            isReplay\n          }\n          viewerCan {\n            replay\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  mutation SubscribeWebhook($input: SubscribeWebhookInput!) {\n    subscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscriptionCreated {\n        secret\n        subscription {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n': typeof types.SubscribeWebhookDocument;
  '\n  mutation UnsubscribeWebhook($input: UnsubscribeWebhookInput!) {\n    unsubscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscription {\n        id\n        unsubscribedAt\n        viewerCan {\n          unsubscribe\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n': typeof types.UnsubscribeWebhookDocument;
  '\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n': typeof types.ReplayWebhookDeliveryDocument;
  '\n  query WebhookClientChoices {\n    apiClients {\n      id\n      name\n      status\n    }\n  }\n': typeof types.WebhookClientChoicesDocument;
};
const documents: Documents = {
  '\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          role\n          unit\n          institutionId\n          institutionName\n          email\n          hasPassword\n          setPasswordLinkExpiresAt\n          staffMember {\n            id\n            name\n            post\n          }\n          isDisabled\n        }\n      }\n    }\n  }\n':
    types.AccountsDocument,
  '\n  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n    setAccountDisabled(input: $input) {\n      __typename\n      ... on Account {\n        id\n        isDisabled\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.SetAccountDisabledDocument,
  '\n  query AccountInstitutionChoices($search: String) {\n    institutions(filter: { search: $search }, first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AccountInstitutionChoicesDocument,
  '\n  query AccountStaffChoices($institutionId: ID!, $search: String) {\n    accountStaffChoices(institutionId: $institutionId, search: $search) {\n      id\n      name\n      role\n      post\n      status\n      linkedUsername\n    }\n  }\n':
    types.AccountStaffChoicesDocument,
  '\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n':
    types.CreateAccountDocument,
  '\n  mutation ResetAccountPassword($input: AccountIdInput!) {\n    resetAccountPassword(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n          hasPassword\n          setPasswordLinkExpiresAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.ResetAccountPasswordDocument,
  '\n  query AccountSessions($accountId: ID!) {\n    accountSessions(accountId: $accountId) {\n      id\n      createdAt\n      lastSeenAt\n      isCurrent\n    }\n  }\n':
    types.AccountSessionsDocument,
  '\n  mutation EndAccountSessions($input: EndAccountSessionsInput!) {\n    endAccountSessions(input: $input) {\n      __typename\n      ... on AccountSessionsEnded {\n        endedCount\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n':
    types.EndAccountSessionsDocument,
  '\n  mutation SetAccountStaffMember($input: SetAccountStaffMemberInput!) {\n    setAccountStaffMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n        staffMember {\n          id\n          name\n          post\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.SetAccountStaffMemberDocument,
  '\n  query HeadAccountsTemplate {\n    headAccountsTemplate\n  }\n': types.HeadAccountsTemplateDocument,
  '\n  mutation ImportHeadAccounts($input: ImportHeadAccountsInput!) {\n    importHeadAccounts(input: $input) {\n      __typename\n      ... on HeadAccountsImported {\n        created {\n          setPasswordPath\n          expiresAt\n          account {\n            id\n            username\n            displayName\n            institutionName\n          }\n        }\n      }\n      ... on ImportRejectedError {\n        code\n        message\n        rowCount\n        errors {\n          row\n          column\n          code\n          message\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n':
    types.ImportHeadAccountsDocument,
  '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        username\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.SetPasswordDocument,
  '\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    description\n    role\n    unit\n    institutionId\n    institutionName\n    isDesignatedCaseOfficer\n    canWrite\n    rateLimitPerMinute\n    status\n    createdAt\n    revokedAt\n    lastUsedAt\n    tokens {\n      id\n      prefix\n      expiresAt\n      supersededUntil\n      state\n    }\n    usage {\n      day\n      calls\n      refused\n    }\n    viewerCan {\n      rotate\n      revoke\n    }\n  }\n':
    types.ApiClientFieldsFragmentDoc,
  '\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n':
    types.ApiClientsDocument,
  '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.CreateApiClientDocument,
  '\n  mutation RotateApiClientToken($input: RotateApiClientTokenInput!) {\n    rotateApiClientToken(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RotateApiClientTokenDocument,
  '\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      __typename\n      ... on ApiClient {\n        ...ApiClientFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n':
    types.RevokeApiClientDocument,
  '\n  query AssessmentPeriods {\n    assessmentPeriods {\n      canOpenPeriod\n      canExport\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        openedAt\n      }\n    }\n  }\n':
    types.AssessmentPeriodsDocument,
  '\n  query AssessmentPeriod($id: ID!) {\n    assessmentPeriod(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      institutionCount\n      rows {\n        id\n        institutionId\n        institutionName\n        institutionKind\n        score\n        vetoStatus\n        isEligibleForAwards\n      }\n    }\n    assessmentPeriods {\n      canExport\n    }\n  }\n':
    types.AssessmentPeriodDocument,
  '\n  fragment CaseRefFields on AssessedCaseRef {\n    caseId\n    category\n    receivedAt\n  }\n':
    types.CaseRefFieldsFragmentDoc,
  '\n  fragment VerdictFields on VetoVerdictView {\n    isVetoed\n    leadershipResponsible\n    ruleIds\n    grounds {\n      case {\n        ...CaseRefFields\n      }\n      failure\n      impact\n      ruleIds\n      clause\n    }\n    excluded {\n      case {\n        ...CaseRefFields\n      }\n      reason\n    }\n  }\n':
    types.VerdictFieldsFragmentDoc,
  '\n  fragment AssessmentFields on Assessment {\n    id\n    institutionId\n    institutionName\n    institutionKind\n    score\n    vetoStatus\n    isEligibleForAwards\n    outcomeRuleIds\n    vetoComputedAt\n    statementDueAt\n    period {\n      id\n      name\n      startsAt\n      endsAt\n    }\n    verdict {\n      ...VerdictFields\n    }\n    statement {\n      text\n      submittedByName\n      submittedAt\n    }\n    review {\n      decision\n      reason\n      reviewedByName\n      reviewedAt\n      verdict {\n        ...VerdictFields\n      }\n    }\n    findings {\n      id\n      source\n      text\n      points\n      case {\n        ...CaseRefFields\n      }\n      failures\n      impacts\n      sanctionGrounds\n      recordedByName\n      recordedAt\n    }\n    evidence {\n      activeStaff\n      overdueRechecks\n      staffFoundNotClear\n      overdueInterviews\n      cases {\n        case {\n          ...CaseRefFields\n        }\n        breaches\n        failures\n        impacts\n        isStaffSuspect\n      }\n      misconductCases {\n        id\n        status\n        openedAt\n        proposedAt\n        decidedAt\n        outcomes\n      }\n    }\n    sanctionOptions {\n      sanction\n      ruleId\n      clause\n    }\n    sanctions {\n      id\n      sanction\n      decidedByName\n      decidedAt\n      interviewAt\n      interviewAttendees\n      interviewMinutes\n      circularNumber\n    }\n    viewerCan {\n      canRecordFinding\n      canSubmitStatement\n      canReviewVeto\n      canRecordSanction\n      canDownloadCircular\n    }\n  }\n':
    types.AssessmentFieldsFragmentDoc,
  '\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n':
    types.AssessmentDocument,
  '\n  mutation OpenAssessmentPeriod($input: OpenAssessmentPeriodInput!) {\n    openAssessmentPeriod(input: $input) {\n      __typename\n      ... on AssessmentPeriod {\n        id\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.OpenAssessmentPeriodDocument,
  '\n  mutation RecordAssessmentFinding($input: RecordAssessmentFindingInput!) {\n    recordAssessmentFinding(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordAssessmentFindingDocument,
  '\n  mutation SubmitVetoStatement($input: SubmitVetoStatementInput!) {\n    submitVetoStatement(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.SubmitVetoStatementDocument,
  '\n  mutation ReviewVeto($input: ReviewVetoInput!) {\n    reviewVeto(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.ReviewVetoDocument,
  '\n  mutation RecordSanction($input: RecordSanctionInput!) {\n    recordSanction(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordSanctionDocument,
  '\n  query AssessmentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AssessmentInstitutionOptionsDocument,
  '\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          actorName\n          action\n          targetType\n          targetId\n          targetName\n          outcome\n        }\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query AuditActors($search: String, $first: Int) {\n    auditActors(search: $search, first: $first) {\n      id\n      displayName\n      username\n    }\n  }\n':
    types.AuditActorsDocument,
  '\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    home\n    canExportCases\n    canOpenDeveloperPage\n    institution {\n      id\n      name\n      kind\n    }\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on MfaRequired {\n        challenge\n      }\n      ... on MfaEnrolmentRequired {\n        challenge\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  fragment MfaEnrolmentFields on MfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeSvg\n  }\n':
    types.MfaEnrolmentFieldsFragmentDoc,
  '\n  mutation VerifyMfa($input: MfaCodeInput!) {\n    verifyMfa(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.VerifyMfaDocument,
  '\n  mutation BeginMfaEnrolment($challenge: String!) {\n    beginMfaEnrolment(challenge: $challenge) {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.BeginMfaEnrolmentDocument,
  '\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      __typename\n      ... on MfaEnrolled {\n        recoveryCodes\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.ConfirmMfaEnrolmentDocument,
  '\n  query MyMfa {\n    me {\n      id\n      mfa {\n        isEnabled\n        isRequired\n        recoveryCodesLeft\n      }\n    }\n  }\n':
    types.MyMfaDocument,
  '\n  mutation BeginMyMfaEnrolment {\n    beginMyMfaEnrolment {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.BeginMyMfaEnrolmentDocument,
  '\n  mutation ConfirmMyMfaEnrolment($code: String!) {\n    confirmMyMfaEnrolment(code: $code) {\n      __typename\n      ... on MfaRecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.ConfirmMyMfaEnrolmentDocument,
  '\n  mutation DisableMyMfa($code: String!) {\n    disableMyMfa(code: $code) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.DisableMyMfaDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  fragment PreventionGapItemFields on PreventionGapItem {\n    code\n    ruleId\n    clause\n    subjectKind\n    label\n    isSubjectHidden\n    responsibleStaffName\n    fixPath\n    fixTargetId\n  }\n':
    types.PreventionGapItemFieldsFragmentDoc,
  '\n  query PreventionGaps($institutionId: ID!) {\n    preventionGaps(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      total\n      viewerCanViewSubjects\n      counts {\n        code\n        ruleId\n        count\n      }\n      gaps {\n        ...PreventionGapItemFields\n      }\n    }\n  }\n':
    types.PreventionGapsDocument,
  '\n  query PreventionGapOverview {\n    preventionGapOverview {\n      institutionId\n      institutionName\n      total\n      counts {\n        code\n        ruleId\n        count\n      }\n    }\n  }\n':
    types.PreventionGapOverviewDocument,
  '\n  fragment CareRecordsFields on CareRecords {\n    institutionId\n    institutionName\n    legalVicePrincipal {\n      status\n      isGap\n      isWarning\n      endsAt\n      appointmentId\n      appointments {\n        id\n        name\n        unit\n        organisation\n        phone\n        termStart\n        termEnd\n      }\n    }\n    courses {\n      intakeId\n      intakeName\n      enrolledAt\n      status\n      deadline\n      deliveredAt\n      undeliveredClassNames\n      deliveries {\n        id\n        deliveredAt\n        classNames\n        teacherName\n        note\n      }\n    }\n    classes {\n      id\n      name\n      intakeId\n    }\n    teachingPlan {\n      termStart\n      termEnd\n      minLessonsPerClass\n      classes {\n        classId\n        className\n        lessons\n        isShort\n      }\n      entries {\n        id\n        className\n        topic\n        lessons\n        plannedAt\n      }\n    }\n    counselling {\n      hasCounsellingRoom\n      roomLocation\n      hotline\n      isProvided\n      recordedAt\n    }\n    bullyingDocuments {\n      id\n      kind\n      title\n      adoptedAt\n      fileName\n      byteSize\n    }\n    hasBullyingDocuments\n    viewerCan {\n      recordLegalVicePrincipal\n      recordCourseDelivery\n      recordTeachingPlan\n      recordCounselling\n      recordBullyingDocument\n      manageClasses\n    }\n    staffChoices {\n      id\n      name\n      post\n    }\n  }\n':
    types.CareRecordsFieldsFragmentDoc,
  '\n  query CareRecords($institutionId: ID!) {\n    careRecords(institutionId: $institutionId) {\n      ...CareRecordsFields\n    }\n  }\n':
    types.CareRecordsDocument,
  '\n  mutation RecordLegalVicePrincipal($input: RecordLegalVicePrincipalInput!) {\n    recordLegalVicePrincipal(input: $input) {\n      __typename\n      ... on LegalVicePrincipal {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordLegalVicePrincipalDocument,
  '\n  mutation RecordCourseDelivery($input: RecordCourseDeliveryInput!) {\n    recordCourseDelivery(input: $input) {\n      __typename\n      ... on CourseDelivery {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordCourseDeliveryDocument,
  '\n  mutation RecordTeachingPlan($input: RecordTeachingPlanInput!) {\n    recordTeachingPlan(input: $input) {\n      __typename\n      ... on TeachingPlanEntry {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordTeachingPlanDocument,
  '\n  mutation RecordCounselling($input: RecordCounsellingInput!) {\n    recordCounselling(input: $input) {\n      __typename\n      ... on Counselling {\n        isProvided\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordCounsellingDocument,
  '\n  fragment ChildFileSummaryFields on ChildFile {\n    id\n    institutionName\n    className\n    childName\n    categories\n    closedAt\n    talkStatus {\n      lastTalkAt\n      dueAt\n      isOverdue\n    }\n  }\n':
    types.ChildFileSummaryFieldsFragmentDoc,
  '\n  fragment ChildFileFields on ChildFile {\n    ...ChildFileSummaryFields\n    headTeacherName\n    studentNumber\n    personalFile\n    growthFile\n    openedAt\n    closingReason\n    counsellors {\n      id\n      name\n      post\n    }\n    talks {\n      id\n      kind\n      heldAt\n      byStaffName\n      note\n    }\n    cases {\n      id\n      category\n      state\n      receivedAt\n    }\n    hiddenCaseCount\n    viewerCan {\n      recordTalk\n      updateFile\n      closeFile\n    }\n  }\n':
    types.ChildFileFieldsFragmentDoc,
  '\n  query ChildFiles($includeClosed: Boolean) {\n    childFiles(includeClosed: $includeClosed) {\n      showsChildren\n      items {\n        ...ChildFileSummaryFields\n      }\n    }\n    childFileForm {\n      classes {\n        id\n        name\n        headTeacherName\n      }\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n':
    types.ChildFilesDocument,
  '\n  query ChildFileCounts {\n    childFileCounts {\n      institutionId\n      institutionName\n      section\n      category\n      openCount\n      overdueCount\n    }\n  }\n':
    types.ChildFileCountsDocument,
  '\n  query ChildFile($id: ID!) {\n    childFile(id: $id) {\n      ...ChildFileFields\n    }\n  }\n':
    types.ChildFileDocument,
  '\n  mutation OpenChildFile($input: OpenChildFileInput!) {\n    openChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.OpenChildFileDocument,
  '\n  mutation RecordWelfareTalk($input: RecordWelfareTalkInput!) {\n    recordWelfareTalk(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordWelfareTalkDocument,
  '\n  mutation CloseChildFile($input: CloseChildFileInput!) {\n    closeChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.CloseChildFileDocument,
  '\n  mutation LinkChildFileCase($input: LinkChildFileCaseInput!) {\n    linkChildFileCase(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.LinkChildFileCaseDocument,
  '\n  query ChildFileForm {\n    childFileForm {\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n':
    types.ChildFileFormDocument,
  '\n  mutation UpdateChildFile($input: UpdateChildFileInput!) {\n    updateChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.UpdateChildFileDocument,
  '\n  query IntakeRegister($institutionId: ID!) {\n    intakes(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      viewerCan {\n        manageClasses\n      }\n      staffChoices {\n        id\n        name\n        post\n      }\n      intakes {\n        id\n        name\n        enrolledAt\n        classes {\n          id\n          name\n          headTeacherStaffId\n          headTeacherName\n          closedAt\n        }\n      }\n    }\n  }\n':
    types.IntakeRegisterDocument,
  '\n  mutation RecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      __typename\n      ... on Intake {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordIntakeDocument,
  '\n  mutation RecordClass($input: RecordClassInput!) {\n    recordClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n':
    types.RecordClassDocument,
  '\n  mutation AssignHeadTeacher($input: AssignHeadTeacherInput!) {\n    assignHeadTeacher(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n':
    types.AssignHeadTeacherDocument,
  '\n  mutation CloseClass($input: CloseClassInput!) {\n    closeClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n':
    types.CloseClassDocument,
  '\n  fragment SchoolClassResultFields on SchoolClassResult {\n    __typename\n    ... on SchoolClass {\n      id\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n':
    types.SchoolClassResultFieldsFragmentDoc,
  '\n  fragment DormEntryFields on DormEntry {\n    id\n    institutionId\n    institutionName\n    staffMemberId\n    staffName\n    staffRole\n    purpose\n    purposeNote\n    decision\n    refusal\n    isRegistrationRequired\n    enteredAt\n    exitedAt\n    isNight\n    recordedByName\n    canRecordExit\n  }\n':
    types.DormEntryFieldsFragmentDoc,
  '\n  query DormDoor {\n    dormDoor {\n      institutionId\n      institutionName\n      isBoarding\n      canRecordEntry\n      nightStartMinute\n      nightEndMinute\n      inside {\n        ...DormEntryFields\n      }\n    }\n  }\n':
    types.DormDoorDocument,
  '\n  query DormDoorPeople($search: String!) {\n    dormDoorPeople(search: $search) {\n      id\n      name\n      role\n      post\n    }\n  }\n':
    types.DormDoorPeopleDocument,
  '\n  query DormEntries($filter: DormEntryFilter, $first: Int, $after: String) {\n    dormEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      items {\n        ...DormEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DormEntriesDocument,
  '\n  mutation RecordDormEntry($input: RecordDormEntryInput!) {\n    recordDormEntry(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on DormEntryRefusedError {\n        reason\n        attempt {\n          ...DormEntryFields\n        }\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on DormForbiddenError {\n        ruleId\n      }\n    }\n  }\n':
    types.RecordDormEntryDocument,
  '\n  mutation RecordDormExit($input: RecordDormExitInput!) {\n    recordDormExit(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.RecordDormExitDocument,
  '\n  query MyWork {\n    myWork {\n      totalCount\n      items {\n        kind\n        ruleId\n        caseId\n        caseCategory\n        caseRecordedAt\n        staffId\n        staffName\n        staffRole\n        dueAt\n        isOverdue\n        isChildInDanger\n        openSteps\n      }\n      careGaps {\n        institutionId\n        total\n        canOpenList\n        first {\n          ...PreventionGapItemFields\n        }\n      }\n      reportedCases {\n        id\n        category\n        state\n        reportingStatus\n        recordedAt\n        policeReportDueAt\n        policeReportedAt\n      }\n    }\n  }\n':
    types.MyWorkDocument,
  '\n  fragment BullyingStepsFields on BullyingSteps {\n    caseId\n    nextStep\n    viewerCan {\n      recordStep\n    }\n    steps {\n      step\n      status\n      dueAt\n      completedAt\n      isLate\n      note\n      recordedBy\n    }\n  }\n':
    types.BullyingStepsFieldsFragmentDoc,
  '\n  query CaseBullyingSteps($id: ID!) {\n    case(id: $id) {\n      id\n      bullyingSteps {\n        ...BullyingStepsFields\n      }\n    }\n  }\n':
    types.CaseBullyingStepsDocument,
  '\n  mutation RecordBullyingStep($input: RecordBullyingStepInput!) {\n    recordBullyingStep(input: $input) {\n      __typename\n      ... on BullyingSteps {\n        ...BullyingStepsFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.RecordBullyingStepDocument,
  '\n  fragment CaseSummaryFields on Case {\n    id\n    institutionId\n    institutionName\n    category\n    suspectType\n    state\n    isConfidential\n    isChildInDanger\n    receivedAt\n    recordedAt\n    acknowledgedAt\n    closedAt\n    closingReason\n    reporting {\n      status\n      isPoliceReportRequired\n      headNotificationDueAt\n      policeReportDueAt\n      isHeadNotificationLate\n      assessedAt\n    }\n    breaches {\n      code\n      hop\n      ruleIds\n      occurredAt\n      recordedAt\n    }\n    policeReport {\n      reportedAt\n      policeStation\n      receiptNumber\n      officerName\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.CaseSummaryFieldsFragmentDoc,
  '\n  fragment CaseDetailFields on Case {\n    suspectDescription\n    isSuspectHead\n    channel\n    isHeadInConflict\n    access\n    reporter {\n      id\n      displayName\n    }\n    acknowledgedBy {\n      id\n      displayName\n    }\n    emergencyChecklist {\n      step\n      ruleId\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    externalSources {\n      source\n      learnedAt\n      note\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      kind\n      at\n      actor {\n        id\n        displayName\n      }\n      detail\n      deadline\n      dueAt\n      deadlineOutcome\n    }\n    viewerCan {\n      canAcknowledge\n      canCompleteEmergencyStep\n      canRecordPoliceReport\n      canRecordExternalSource\n      canClose\n      canRecordWelfareNote\n      canExportMandatoryReport\n      closingReasons {\n        reason\n        isAllowed\n        ruleId\n        refusal\n      }\n    }\n  }\n':
    types.CaseDetailFieldsFragmentDoc,
  '\n  fragment CaseConfidentialFields on Case {\n    child {\n      name\n      className\n    }\n    childStatement\n  }\n':
    types.CaseConfidentialFieldsFragmentDoc,
  '\n  fragment CaseWelfareFields on Case {\n    welfareNotes {\n      id\n      concernNote\n      guardianToldAt\n      isStudySuspended\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.CaseWelfareFieldsFragmentDoc,
  '\n  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n':
    types.CasesDocument,
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      ...CaseDetailFields\n      ...CaseConfidentialFields\n      ...CaseWelfareFields\n      canStartUnannouncedInspection\n    }\n  }\n':
    types.CaseDocument,
  '\n  query ReportingChannels {\n    reportingChannels {\n      mailbox\n      hotline\n    }\n  }\n':
    types.ReportingChannelsDocument,
  '\n  query ReportableStaff($search: String, $first: Int) {\n    reportableStaff(search: $search, first: $first) {\n      id\n      name\n      role\n    }\n  }\n':
    types.ReportableStaffDocument,
  '\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n':
    types.RecordDisclosureDocument,
  '\n  mutation AcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n':
    types.AcknowledgeCaseDocument,
  '\n  mutation CompleteEmergencyStep($input: CompleteEmergencyStepInput!) {\n    completeEmergencyStep(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n':
    types.CompleteEmergencyStepDocument,
  '\n  mutation RecordPoliceReport($input: RecordPoliceReportInput!) {\n    recordPoliceReport(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n':
    types.RecordPoliceReportDocument,
  '\n  mutation RecordExternalSource($input: RecordExternalSourceInput!) {\n    recordExternalSource(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n':
    types.RecordExternalSourceDocument,
  '\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n':
    types.CloseCaseDocument,
  '\n  mutation RecordWelfareNote($input: RecordWelfareNoteInput!) {\n    recordWelfareNote(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n        ...CaseWelfareFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n':
    types.RecordWelfareNoteDocument,
  '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    caseId\n    title\n    body\n    urgent\n    createdAt\n    readAt\n    facts {\n      institutionName\n      category\n      deadlineKind\n      dueAt\n      hazardItemZh\n      hazardItemEn\n      hazardId\n      isChildInDanger\n    }\n  }\n':
    types.NotificationItemFragmentDoc,
  '\n  mutation SetMyLanguage($language: AccountLanguage!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n':
    types.SetMyLanguageDocument,
  '\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      urgentUnread {\n        ...NotificationItem\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        readAt\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n    }\n  }\n':
    types.MarkNotificationReadDocument,
  '\n  query IncidentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.IncidentInstitutionOptionsDocument,
  '\n  subscription MyNotificationsChanged {\n    myNotificationsChanged {\n      at\n    }\n  }\n':
    types.MyNotificationsChangedDocument,
  '\n  subscription CaseChanged($id: ID!) {\n    caseChanged(id: $id) {\n      at\n    }\n  }\n':
    types.CaseChangedDocument,
  '\n  query InspectionCampaigns {\n    inspectionCampaigns {\n      canOpen\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        selfInspectionsSubmitted\n        ownSelfInspectionId\n        ownSelfInspectionSubmittedAt\n        viewerCan {\n          canStartSelfInspection\n        }\n      }\n    }\n  }\n':
    types.InspectionCampaignsDocument,
  '\n  query InspectionTemplates {\n    inspectionTemplates {\n      id\n      nameZh\n      nameEn\n    }\n  }\n':
    types.InspectionTemplatesDocument,
  '\n  query InspectionCampaign($id: ID!) {\n    inspectionCampaign(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      templateNameZh\n      templateNameEn\n      institutionCount\n      selfInspectionsSubmitted\n      institutions {\n        institutionId\n        institutionName\n        institutionKind\n        selfInspectionId\n        submittedAt\n      }\n    }\n  }\n':
    types.InspectionCampaignDocument,
  '\n  mutation OpenInspectionCampaign($input: OpenInspectionCampaignInput!) {\n    openInspectionCampaign(input: $input) {\n      __typename\n      ... on InspectionCampaign {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.OpenInspectionCampaignDocument,
  '\n  mutation StartInspection($input: StartInspectionInput!) {\n    startInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.StartInspectionDocument,
  '\n  fragment InspectionFields on Inspection {\n    id\n    kind\n    campaignName\n    institutionId\n    institutionName\n    startedAt\n    submittedAt\n    viewerCan {\n      canRecordItem\n      canSubmit\n    }\n    items {\n      item {\n        id\n        code\n        group\n        ruleId\n        textZh\n        textEn\n      }\n      result\n      note\n      hazardId\n    }\n  }\n':
    types.InspectionFieldsFragmentDoc,
  '\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionFields\n    }\n  }\n':
    types.InspectionDocument,
  '\n  mutation RecordInspectionItem($input: RecordInspectionItemInput!) {\n    recordInspectionItem(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.RecordInspectionItemDocument,
  '\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.SubmitInspectionDocument,
  '\n  query Hazards($filter: HazardFilter, $first: Int, $offset: Int) {\n    hazards(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        institutionName\n        description\n        foundAt\n        dueAt\n        ownerName\n        status\n        stage\n        item {\n          id\n          textZh\n          textEn\n        }\n        photos {\n          id\n          thumbnailUrl\n        }\n      }\n    }\n  }\n':
    types.HazardsDocument,
  '\n  fragment HazardFields on Hazard {\n    id\n    institutionId\n    institutionName\n    inspectionId\n    inspectionKind\n    description\n    foundAt\n    ownerStaffId\n    ownerName\n    dueAt\n    status\n    missing\n    stage\n    rectifiedAt\n    item {\n      id\n      code\n      ruleId\n      textZh\n      textEn\n    }\n    rectifications {\n      id\n      note\n      recordedAt\n      recordedByName\n      verification\n      verifiedAt\n      sendBackReason\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    photos {\n      id\n      url\n      thumbnailUrl\n      width\n      height\n    }\n    viewerCan {\n      canAssign\n      canRecordRectification\n      canVerify\n    }\n  }\n':
    types.HazardFieldsFragmentDoc,
  '\n  query Hazard($id: ID!) {\n    hazard(id: $id) {\n      ...HazardFields\n    }\n  }\n':
    types.HazardDocument,
  '\n  mutation AssignHazard($input: AssignHazardInput!) {\n    assignHazard(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.AssignHazardDocument,
  '\n  mutation RecordRectification($input: RecordRectificationInput!) {\n    recordRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.RecordRectificationDocument,
  '\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n':
    types.VerifyRectificationDocument,
  '\n  query HazardOwners($institutionId: ID!) {\n    staff(filter: { institutionId: $institutionId, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.HazardOwnersDocument,
  '\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n':
    types.InstitutionsDocument,
  '\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      isApplyingToOpen\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n':
    types.InstitutionDocument,
  '\n  mutation SetOpeningApplication($input: SetOpeningApplicationInput!) {\n    setOpeningApplication(input: $input) {\n      __typename\n      ... on Institution {\n        id\n        isApplyingToOpen\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n':
    types.SetOpeningApplicationDocument,
  '\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n':
    types.ResponsibilityMatrixDocument,
  '\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          recipientUsername\n          recipientDisplayName\n          to\n          kind\n          status\n          createdAt\n          sentAt\n          lastFailedAt\n          failedAttempts\n        }\n      }\n    }\n  }\n':
    types.MailOutboxDocument,
  '\n  fragment OversightIndicatorFields on OversightIndicator {\n    id\n    ruleIds\n    unit\n    value\n    rag\n    isPeriodic\n    drill {\n      list\n      state\n      breach\n      overdue\n      dueKind\n      hazardStatuses\n    }\n  }\n':
    types.OversightIndicatorFieldsFragmentDoc,
  '\n  query Oversight($filter: OversightFilter, $table: OversightTablePage) {\n    oversight(filter: $filter, table: $table) {\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      trend {\n        month\n        category\n        count\n      }\n      timeToPolice {\n        fromMinutes\n        toMinutes\n        count\n        isWithinDeadline\n      }\n      policeDeadlineMinutes\n      breachesBySection {\n        section\n        breach\n        count\n      }\n      coverageByKind {\n        kind\n        activeStaff\n        currentStaff\n        coverage\n        rag\n      }\n      table {\n        totalCount\n        rows {\n          institution {\n            id\n            name\n            kind\n            street\n          }\n          cells {\n            id\n            value\n            rag\n          }\n        }\n      }\n    }\n  }\n':
    types.OversightDocument,
  '\n  query InstitutionRecord($id: ID!) {\n    institutionRecord(id: $id) {\n      institution {\n        id\n        name\n        kind\n        street\n        address\n      }\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      months {\n        month\n        start\n        end\n        casesRecorded\n        cells {\n          id\n          value\n          rag\n        }\n      }\n    }\n  }\n':
    types.InstitutionRecordDocument,
  '\n  query OversightNav {\n    me {\n      id\n      canViewDashboard\n    }\n  }\n':
    types.OversightNavDocument,
  '\n  fragment PlaceRegisterFields on MonitoredPlaceRegister {\n    institutionId\n    institutionName\n    institutionKind\n    lastBlindSpotSelfInspectionOn\n    blindSpotSelfInspectionDueAt\n    places {\n      id\n      name\n      kind\n      roomType\n      isMonitored\n      cameraCount\n      note\n      isGap\n      updatedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    gaps {\n      code\n      ruleId\n      placeId\n    }\n    viewerCan {\n      recordPlace\n      recordBlindSpotSelfInspection\n    }\n  }\n':
    types.PlaceRegisterFieldsFragmentDoc,
  '\n  query MonitoredPlaces($institutionId: ID!) {\n    monitoredPlaces(institutionId: $institutionId) {\n      ...PlaceRegisterFields\n    }\n  }\n':
    types.MonitoredPlacesDocument,
  '\n  mutation RecordMonitoredPlace($input: RecordMonitoredPlaceInput!) {\n    recordMonitoredPlace(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n':
    types.RecordMonitoredPlaceDocument,
  '\n  mutation RecordBlindSpotSelfInspection($input: RecordBlindSpotSelfInspectionInput!) {\n    recordBlindSpotSelfInspection(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n':
    types.RecordBlindSpotSelfInspectionDocument,
  '\n  query PlaceRegisters($filter: PlaceRegisterFilter) {\n    placeRegisters(filter: $filter) {\n      institutionId\n      institutionName\n      institutionKind\n      street\n      placeCount\n      oneToOneRooms\n      unmonitoredOneToOneRooms\n      lastBlindSpotSelfInspectionOn\n      blindSpotSelfInspectionDueAt\n      isBlindSpotSelfInspectionDue\n      gaps\n    }\n  }\n':
    types.PlaceRegistersDocument,
  '\n  fragment StaffRowFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    institution {\n      id\n      name\n    }\n  }\n':
    types.StaffRowFieldsFragmentDoc,
  '\n  fragment VettingDecisionFields on VettingDecision {\n    status\n    ruleIds\n    required {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    missing {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    blocking {\n      code\n      check\n      ruleId\n      clause\n    }\n  }\n':
    types.VettingDecisionFieldsFragmentDoc,
  '\n  fragment MisconductCaseFields on MisconductCase {\n    id\n    staffId\n    staffName\n    institutionId\n    incidentId\n    status\n    facts\n    investigation\n    factsVerified\n    severity\n    involvesCrime\n    outcomes\n    openedAt\n    proposedAt\n    decidedAt\n    viewerCan {\n      canDecide\n    }\n  }\n':
    types.MisconductCaseFieldsFragmentDoc,
  '\n  fragment StaffMemberFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    idNumber\n    phone\n    hasStudentAccess\n    startedAt\n    activatedAt\n    createdAt\n    institution {\n      id\n      name\n      kind\n    }\n    vetting {\n      status\n      ruleIds\n      required {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      missing {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      blocking {\n        code\n        check\n        ruleId\n        clause\n      }\n      checksWithFindings\n    }\n    checks {\n      id\n      check\n      outcome\n      checkedAt\n      checkedBy\n      system\n      referenceNumber\n      recordedBy\n      recordedAt\n      findings\n    }\n    qualifications {\n      id\n      kind\n      number\n      issuedAt\n      isRevoked\n      revokedAt\n      revokedRuleId\n    }\n    interviews {\n      id\n      interviewedAt\n      interviewer\n      notes\n    }\n    dueDates {\n      recheck {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n      reminderInterview {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n    }\n    misconductCases {\n      id\n      staffId\n      staffName\n      institutionId\n      incidentId\n      status\n      facts\n      investigation\n      factsVerified\n      severity\n      involvesCrime\n      outcomes\n      openedAt\n      proposedAt\n      decidedAt\n      viewerCan {\n        canDecide\n      }\n    }\n    viewerCan {\n      canActivate\n      canRecordQualification\n      canRecordInterview\n      canOpenMisconductCase\n      canReadIdNumber\n      recordableChecks\n    }\n  }\n':
    types.StaffMemberFieldsFragmentDoc,
  '\n  query StaffList($filter: StaffFilter, $first: Int, $after: String) {\n    staff(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffRowFields\n        }\n      }\n    }\n  }\n':
    types.StaffListDocument,
  '\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n':
    types.StaffMemberDocument,
  '\n  query DueChecks($filter: DueCheckFilter, $first: Int, $after: String) {\n    dueChecks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        kind\n        staffId\n        staffName\n        idNumberMasked\n        role\n        institutionId\n        institutionName\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        supervisedBy\n      }\n    }\n  }\n':
    types.DueChecksDocument,
  '\n  query AllowedMisconductOutcomes(\n    $staffId: ID!\n    $factsVerified: Boolean!\n    $severity: MisconductSeverity!\n    $involvesCrime: Boolean!\n  ) {\n    staffMember(id: $staffId) {\n      id\n      misconductCases {\n        id\n        allowedOutcomes(factsVerified: $factsVerified, severity: $severity, involvesCrime: $involvesCrime) {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n    }\n  }\n':
    types.AllowedMisconductOutcomesDocument,
  '\n  mutation AddStaffCandidate($input: AddStaffCandidateInput!) {\n    addStaffCandidate(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on DuplicateStaffError {\n        code\n        message\n      }\n    }\n  }\n':
    types.AddStaffCandidateDocument,
  '\n  mutation RecordVettingCheck($input: RecordVettingCheckInput!) {\n    recordVettingCheck(input: $input) {\n      __typename\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on NotResponsibleError {\n        code\n        message\n        recordedBy\n        ruleId\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n':
    types.RecordVettingCheckDocument,
  '\n  mutation ActivateStaff($staffId: ID!) {\n    activateStaff(staffId: $staffId) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on VettingNotClearError {\n        code\n        message\n        decision {\n          status\n          ruleIds\n          required {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          missing {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          blocking {\n            code\n            check\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n':
    types.ActivateStaffDocument,
  '\n  mutation RecordQualification($input: RecordQualificationInput!) {\n    recordQualification(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n':
    types.RecordQualificationDocument,
  '\n  mutation RecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n':
    types.RecordInterviewDocument,
  '\n  mutation OpenMisconductCase($input: OpenMisconductCaseInput!) {\n    openMisconductCase(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n':
    types.OpenMisconductCaseDocument,
  '\n  mutation DecideMisconduct($input: DecideMisconductInput!) {\n    decideMisconduct(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on MisconductCaseNotFoundError {\n        code\n        message\n      }\n      ... on OutcomeNotAllowedError {\n        code\n        message\n        allowed {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n':
    types.DecideMisconductDocument,
  '\n  query MisconductCases($filter: MisconductCaseFilter, $first: Int, $offset: Int) {\n    misconductCases(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        staffId\n        staffName\n        institutionId\n        institutionName\n        openedAt\n        status\n        outcomes\n        decidedAt\n      }\n    }\n  }\n':
    types.MisconductCasesDocument,
  '\n  query MisconductNav {\n    me {\n      id\n      canListMisconduct\n    }\n  }\n':
    types.MisconductNavDocument,
  '\n  fragment RiskSubjectSummaryFields on RiskSubject {\n    id\n    institutionId\n    institutionName\n    subjectType\n    siteType\n    personType\n    status\n    site {\n      name\n      address\n    }\n    location\n    recordedAt\n    lastFollowedUpAt\n    referral {\n      townshipReferredAt\n      policeReferredAt\n    }\n  }\n':
    types.RiskSubjectSummaryFieldsFragmentDoc,
  '\n  query RiskSubjects($filter: RiskSubjectFilter, $first: Int, $after: String) {\n    riskSubjects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      viewerCanRecord\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RiskSubjectSummaryFields\n        }\n      }\n    }\n  }\n':
    types.RiskSubjectsDocument,
  '\n  fragment RiskSubjectFields on RiskSubject {\n    ...RiskSubjectSummaryFields\n    recordedByName\n    site {\n      name\n      address\n      description\n    }\n    person {\n      name\n      idNumber\n      address\n      description\n    }\n    referral {\n      townshipOffice\n      townshipReferredAt\n      policeStation\n      policeReferredAt\n      missingRecipients\n    }\n    closingReason\n    closingNote\n    closedAt\n    followUps {\n      id\n      followedUpAt\n      outcome\n      note\n      recordedByName\n      recordedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    viewerCan {\n      recordFollowUp\n      close\n      readPersonalData\n      needsReferral\n      closingReasons\n    }\n  }\n':
    types.RiskSubjectFieldsFragmentDoc,
  '\n  query RiskSubject($id: ID!) {\n    riskSubject(id: $id) {\n      ...RiskSubjectFields\n    }\n  }\n':
    types.RiskSubjectDocument,
  '\n  mutation RecordRiskSubject($input: RecordRiskSubjectInput!) {\n    recordRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n':
    types.RecordRiskSubjectDocument,
  '\n  mutation RecordRiskFollowUp($input: RecordRiskFollowUpInput!) {\n    recordRiskFollowUp(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n':
    types.RecordRiskFollowUpDocument,
  '\n  mutation CloseRiskSubject($input: CloseRiskSubjectInput!) {\n    closeRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n':
    types.CloseRiskSubjectDocument,
  '\n  query TipSchools {\n    tipSchools {\n      id\n      name\n    }\n  }\n': types.TipSchoolsDocument,
  '\n  query TipChallenge {\n    tipChallenge {\n      challenge\n      difficulty\n    }\n  }\n':
    types.TipChallengeDocument,
  '\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      __typename\n      ... on TipReceipt {\n        tipCode\n        passphrase\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n':
    types.SubmitTipDocument,
  '\n  fragment TipThreadFields on TipThread {\n    tipCode\n    status\n    category\n    submittedAt\n    description\n    canReply\n    messages {\n      author\n      body\n      sentAt\n    }\n  }\n':
    types.TipThreadFieldsFragmentDoc,
  '\n  query TipThread($code: String!, $passphrase: String!) {\n    tipThread(code: $code, passphrase: $passphrase) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n':
    types.TipThreadDocument,
  '\n  mutation ReplyToTip($input: ReplyToTipInput!) {\n    replyToTip(input: $input) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n':
    types.ReplyToTipDocument,
  '\n  query Tips($status: TipStatus) {\n    tips(status: $status, first: 100) {\n      id\n      tipCode\n      category\n      isConfidential\n      school\n      status\n      submittedAt\n      lastMessageAt\n      awaiting\n    }\n  }\n':
    types.TipsDocument,
  '\n  fragment TipFields on Tip {\n    id\n    tipCode\n    category\n    isConfidential\n    school\n    institutionId\n    status\n    submittedAt\n    lastMessageAt\n    awaiting\n    happenedWhen\n    description\n    contact\n    caseId\n    ruleIds\n    messages {\n      author\n      body\n      sentAt\n    }\n    viewerCan {\n      answer\n      close\n      convert\n    }\n  }\n':
    types.TipFieldsFragmentDoc,
  '\n  query Tip($id: ID!) {\n    tip(id: $id) {\n      ...TipFields\n    }\n  }\n': types.TipDocument,
  '\n  mutation AnswerTip($input: AnswerTipInput!) {\n    answerTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n    }\n  }\n':
    types.AnswerTipDocument,
  '\n  mutation CloseTip($input: CloseTipInput!) {\n    closeTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n':
    types.CloseTipDocument,
  '\n  mutation ConvertTipToCase($input: ConvertTipToCaseInput!) {\n    convertTipToCase(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ReportingTimeError {\n        problem\n      }\n    }\n  }\n':
    types.ConvertTipToCaseDocument,
  '\n  query TrainingViewer {\n    trainingViewer {\n      canRecordSession\n      ownInstitutionId\n      canViewOverview\n    }\n  }\n':
    types.TrainingViewerDocument,
  '\n  query TrainingSessions($topic: TrainingTopic) {\n    trainingSessions(topic: $topic) {\n      id\n      topic\n      heldAt\n      trainer\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n    }\n  }\n':
    types.TrainingSessionsDocument,
  '\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      topic\n      heldAt\n      trainer\n      materials\n      organiserInstitutionId\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n      viewerCan {\n        editSession\n        recordAttendance\n      }\n    }\n  }\n':
    types.TrainingSessionDocument,
  '\n  query TrainingSessionRegister($sessionId: ID!, $institutionId: ID, $search: String) {\n    trainingSessionRegister(sessionId: $sessionId, institutionId: $institutionId, search: $search) {\n      staffId\n      name\n      role\n      employmentType\n      post\n      isPresent\n    }\n  }\n':
    types.TrainingSessionRegisterDocument,
  '\n  query TrainingCoverage($institutionId: ID!, $topic: TrainingTopic!) {\n    trainingCoverage(institutionId: $institutionId, topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n      ruleIds\n      untrained {\n        staffId\n        name\n        role\n        post\n      }\n    }\n  }\n':
    types.TrainingCoverageDocument,
  '\n  query TrainingCoverageOverview($topic: TrainingTopic!) {\n    trainingCoverageOverview(topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n    }\n  }\n':
    types.TrainingCoverageOverviewDocument,
  '\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {\n    recordTrainingSession(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n    }\n  }\n':
    types.RecordTrainingSessionDocument,
  '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n        attendeeCount\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n      ... on TrainingNotFoundError {\n        code\n      }\n    }\n  }\n':
    types.RecordAttendanceDocument,
  '\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      eventTypes\n      createdAt\n      unsubscribedAt\n      pendingCount\n      failedCount\n      viewerCan {\n        unsubscribe\n      }\n    }\n  }\n':
    types.WebhookSubscriptionsDocument,
  '\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attemptCount\n          createdAt\n          deliveredAt\n          attempts {\n            attemptedAt\n            httpStatus\n            responseMs\n            error\n            isReplay\n          }\n          viewerCan {\n            replay\n          }\n        }\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  mutation SubscribeWebhook($input: SubscribeWebhookInput!) {\n    subscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscriptionCreated {\n        secret\n        subscription {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n':
    types.SubscribeWebhookDocument,
  '\n  mutation UnsubscribeWebhook($input: UnsubscribeWebhookInput!) {\n    unsubscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscription {\n        id\n        unsubscribedAt\n        viewerCan {\n          unsubscribe\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n':
    types.UnsubscribeWebhookDocument,
  '\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n':
    types.ReplayWebhookDeliveryDocument,
  '\n  query WebhookClientChoices {\n    apiClients {\n      id\n      name\n      status\n    }\n  }\n':
    types.WebhookClientChoicesDocument,
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
export function graphql(
  source: '\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          role\n          unit\n          institutionId\n          institutionName\n          email\n          hasPassword\n          setPasswordLinkExpiresAt\n          staffMember {\n            id\n            name\n            post\n          }\n          isDisabled\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          role\n          unit\n          institutionId\n          institutionName\n          email\n          hasPassword\n          setPasswordLinkExpiresAt\n          staffMember {\n            id\n            name\n            post\n          }\n          isDisabled\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n    setAccountDisabled(input: $input) {\n      __typename\n      ... on Account {\n        id\n        isDisabled\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {\n    setAccountDisabled(input: $input) {\n      __typename\n      ... on Account {\n        id\n        isDisabled\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountInstitutionChoices($search: String) {\n    institutions(filter: { search: $search }, first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccountInstitutionChoices($search: String) {\n    institutions(filter: { search: $search }, first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountStaffChoices($institutionId: ID!, $search: String) {\n    accountStaffChoices(institutionId: $institutionId, search: $search) {\n      id\n      name\n      role\n      post\n      status\n      linkedUsername\n    }\n  }\n',
): (typeof documents)['\n  query AccountStaffChoices($institutionId: ID!, $search: String) {\n    accountStaffChoices(institutionId: $institutionId, search: $search) {\n      id\n      name\n      role\n      post\n      status\n      linkedUsername\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetAccountPassword($input: AccountIdInput!) {\n    resetAccountPassword(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n          hasPassword\n          setPasswordLinkExpiresAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetAccountPassword($input: AccountIdInput!) {\n    resetAccountPassword(input: $input) {\n      __typename\n      ... on SetPasswordLinkIssued {\n        setPasswordPath\n        expiresAt\n        account {\n          id\n          username\n          displayName\n          hasPassword\n          setPasswordLinkExpiresAt\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountSessions($accountId: ID!) {\n    accountSessions(accountId: $accountId) {\n      id\n      createdAt\n      lastSeenAt\n      isCurrent\n    }\n  }\n',
): (typeof documents)['\n  query AccountSessions($accountId: ID!) {\n    accountSessions(accountId: $accountId) {\n      id\n      createdAt\n      lastSeenAt\n      isCurrent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndAccountSessions($input: EndAccountSessionsInput!) {\n    endAccountSessions(input: $input) {\n      __typename\n      ... on AccountSessionsEnded {\n        endedCount\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EndAccountSessions($input: EndAccountSessionsInput!) {\n    endAccountSessions(input: $input) {\n      __typename\n      ... on AccountSessionsEnded {\n        endedCount\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAccountStaffMember($input: SetAccountStaffMemberInput!) {\n    setAccountStaffMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n        staffMember {\n          id\n          name\n          post\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAccountStaffMember($input: SetAccountStaffMemberInput!) {\n    setAccountStaffMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n        staffMember {\n          id\n          name\n          post\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HeadAccountsTemplate {\n    headAccountsTemplate\n  }\n',
): (typeof documents)['\n  query HeadAccountsTemplate {\n    headAccountsTemplate\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportHeadAccounts($input: ImportHeadAccountsInput!) {\n    importHeadAccounts(input: $input) {\n      __typename\n      ... on HeadAccountsImported {\n        created {\n          setPasswordPath\n          expiresAt\n          account {\n            id\n            username\n            displayName\n            institutionName\n          }\n        }\n      }\n      ... on ImportRejectedError {\n        code\n        message\n        rowCount\n        errors {\n          row\n          column\n          code\n          message\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportHeadAccounts($input: ImportHeadAccountsInput!) {\n    importHeadAccounts(input: $input) {\n      __typename\n      ... on HeadAccountsImported {\n        created {\n          setPasswordPath\n          expiresAt\n          account {\n            id\n            username\n            displayName\n            institutionName\n          }\n        }\n      }\n      ... on ImportRejectedError {\n        code\n        message\n        rowCount\n        errors {\n          row\n          column\n          code\n          message\n        }\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        username\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        username\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    description\n    role\n    unit\n    institutionId\n    institutionName\n    isDesignatedCaseOfficer\n    canWrite\n    rateLimitPerMinute\n    status\n    createdAt\n    revokedAt\n    lastUsedAt\n    tokens {\n      id\n      prefix\n      expiresAt\n      supersededUntil\n      state\n    }\n    usage {\n      day\n      calls\n      refused\n    }\n    viewerCan {\n      rotate\n      revoke\n    }\n  }\n',
): (typeof documents)['\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    description\n    role\n    unit\n    institutionId\n    institutionName\n    isDesignatedCaseOfficer\n    canWrite\n    rateLimitPerMinute\n    status\n    createdAt\n    revokedAt\n    lastUsedAt\n    tokens {\n      id\n      prefix\n      expiresAt\n      supersededUntil\n      state\n    }\n    usage {\n      day\n      calls\n      refused\n    }\n    viewerCan {\n      rotate\n      revoke\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n',
): (typeof documents)['\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateApiClientToken($input: RotateApiClientTokenInput!) {\n    rotateApiClientToken(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateApiClientToken($input: RotateApiClientTokenInput!) {\n    rotateApiClientToken(input: $input) {\n      __typename\n      ... on ApiClientTokenIssued {\n        token\n        expiresAt\n        client {\n          ...ApiClientFields\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      __typename\n      ... on ApiClient {\n        ...ApiClientFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      __typename\n      ... on ApiClient {\n        ...ApiClientFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentPeriods {\n    assessmentPeriods {\n      canOpenPeriod\n      canExport\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        openedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentPeriods {\n    assessmentPeriods {\n      canOpenPeriod\n      canExport\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        openedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentPeriod($id: ID!) {\n    assessmentPeriod(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      institutionCount\n      rows {\n        id\n        institutionId\n        institutionName\n        institutionKind\n        score\n        vetoStatus\n        isEligibleForAwards\n      }\n    }\n    assessmentPeriods {\n      canExport\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentPeriod($id: ID!) {\n    assessmentPeriod(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      institutionCount\n      rows {\n        id\n        institutionId\n        institutionName\n        institutionKind\n        score\n        vetoStatus\n        isEligibleForAwards\n      }\n    }\n    assessmentPeriods {\n      canExport\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseRefFields on AssessedCaseRef {\n    caseId\n    category\n    receivedAt\n  }\n',
): (typeof documents)['\n  fragment CaseRefFields on AssessedCaseRef {\n    caseId\n    category\n    receivedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VerdictFields on VetoVerdictView {\n    isVetoed\n    leadershipResponsible\n    ruleIds\n    grounds {\n      case {\n        ...CaseRefFields\n      }\n      failure\n      impact\n      ruleIds\n      clause\n    }\n    excluded {\n      case {\n        ...CaseRefFields\n      }\n      reason\n    }\n  }\n',
): (typeof documents)['\n  fragment VerdictFields on VetoVerdictView {\n    isVetoed\n    leadershipResponsible\n    ruleIds\n    grounds {\n      case {\n        ...CaseRefFields\n      }\n      failure\n      impact\n      ruleIds\n      clause\n    }\n    excluded {\n      case {\n        ...CaseRefFields\n      }\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentFields on Assessment {\n    id\n    institutionId\n    institutionName\n    institutionKind\n    score\n    vetoStatus\n    isEligibleForAwards\n    outcomeRuleIds\n    vetoComputedAt\n    statementDueAt\n    period {\n      id\n      name\n      startsAt\n      endsAt\n    }\n    verdict {\n      ...VerdictFields\n    }\n    statement {\n      text\n      submittedByName\n      submittedAt\n    }\n    review {\n      decision\n      reason\n      reviewedByName\n      reviewedAt\n      verdict {\n        ...VerdictFields\n      }\n    }\n    findings {\n      id\n      source\n      text\n      points\n      case {\n        ...CaseRefFields\n      }\n      failures\n      impacts\n      sanctionGrounds\n      recordedByName\n      recordedAt\n    }\n    evidence {\n      activeStaff\n      overdueRechecks\n      staffFoundNotClear\n      overdueInterviews\n      cases {\n        case {\n          ...CaseRefFields\n        }\n        breaches\n        failures\n        impacts\n        isStaffSuspect\n      }\n      misconductCases {\n        id\n        status\n        openedAt\n        proposedAt\n        decidedAt\n        outcomes\n      }\n    }\n    sanctionOptions {\n      sanction\n      ruleId\n      clause\n    }\n    sanctions {\n      id\n      sanction\n      decidedByName\n      decidedAt\n      interviewAt\n      interviewAttendees\n      interviewMinutes\n      circularNumber\n    }\n    viewerCan {\n      canRecordFinding\n      canSubmitStatement\n      canReviewVeto\n      canRecordSanction\n      canDownloadCircular\n    }\n  }\n',
): (typeof documents)['\n  fragment AssessmentFields on Assessment {\n    id\n    institutionId\n    institutionName\n    institutionKind\n    score\n    vetoStatus\n    isEligibleForAwards\n    outcomeRuleIds\n    vetoComputedAt\n    statementDueAt\n    period {\n      id\n      name\n      startsAt\n      endsAt\n    }\n    verdict {\n      ...VerdictFields\n    }\n    statement {\n      text\n      submittedByName\n      submittedAt\n    }\n    review {\n      decision\n      reason\n      reviewedByName\n      reviewedAt\n      verdict {\n        ...VerdictFields\n      }\n    }\n    findings {\n      id\n      source\n      text\n      points\n      case {\n        ...CaseRefFields\n      }\n      failures\n      impacts\n      sanctionGrounds\n      recordedByName\n      recordedAt\n    }\n    evidence {\n      activeStaff\n      overdueRechecks\n      staffFoundNotClear\n      overdueInterviews\n      cases {\n        case {\n          ...CaseRefFields\n        }\n        breaches\n        failures\n        impacts\n        isStaffSuspect\n      }\n      misconductCases {\n        id\n        status\n        openedAt\n        proposedAt\n        decidedAt\n        outcomes\n      }\n    }\n    sanctionOptions {\n      sanction\n      ruleId\n      clause\n    }\n    sanctions {\n      id\n      sanction\n      decidedByName\n      decidedAt\n      interviewAt\n      interviewAttendees\n      interviewMinutes\n      circularNumber\n    }\n    viewerCan {\n      canRecordFinding\n      canSubmitStatement\n      canReviewVeto\n      canRecordSanction\n      canDownloadCircular\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n',
): (typeof documents)['\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenAssessmentPeriod($input: OpenAssessmentPeriodInput!) {\n    openAssessmentPeriod(input: $input) {\n      __typename\n      ... on AssessmentPeriod {\n        id\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenAssessmentPeriod($input: OpenAssessmentPeriodInput!) {\n    openAssessmentPeriod(input: $input) {\n      __typename\n      ... on AssessmentPeriod {\n        id\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAssessmentFinding($input: RecordAssessmentFindingInput!) {\n    recordAssessmentFinding(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAssessmentFinding($input: RecordAssessmentFindingInput!) {\n    recordAssessmentFinding(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitVetoStatement($input: SubmitVetoStatementInput!) {\n    submitVetoStatement(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitVetoStatement($input: SubmitVetoStatementInput!) {\n    submitVetoStatement(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewVeto($input: ReviewVetoInput!) {\n    reviewVeto(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewVeto($input: ReviewVetoInput!) {\n    reviewVeto(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSanction($input: RecordSanctionInput!) {\n    recordSanction(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSanction($input: RecordSanctionInput!) {\n    recordSanction(input: $input) {\n      __typename\n      ... on Assessment {\n        ...AssessmentFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          actorName\n          action\n          targetType\n          targetId\n          targetName\n          outcome\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUsername\n          actorName\n          action\n          targetType\n          targetId\n          targetName\n          outcome\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditActors($search: String, $first: Int) {\n    auditActors(search: $search, first: $first) {\n      id\n      displayName\n      username\n    }\n  }\n',
): (typeof documents)['\n  query AuditActors($search: String, $first: Int) {\n    auditActors(search: $search, first: $first) {\n      id\n      displayName\n      username\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    home\n    canExportCases\n    canOpenDeveloperPage\n    institution {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    role\n    unit\n    permissions\n    home\n    canExportCases\n    canOpenDeveloperPage\n    institution {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on MfaRequired {\n        challenge\n      }\n      ... on MfaEnrolmentRequired {\n        challenge\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on MfaRequired {\n        challenge\n      }\n      ... on MfaEnrolmentRequired {\n        challenge\n      }\n      ... on InvalidCredentialsError {\n        code\n        message\n      }\n      ... on AccountLockedError {\n        code\n        message\n        lockedUntil\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MfaEnrolmentFields on MfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeSvg\n  }\n',
): (typeof documents)['\n  fragment MfaEnrolmentFields on MfaEnrolment {\n    secret\n    otpauthUri\n    qrCodeSvg\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyMfa($input: MfaCodeInput!) {\n    verifyMfa(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyMfa($input: MfaCodeInput!) {\n    verifyMfa(input: $input) {\n      __typename\n      ... on Viewer {\n        ...ViewerFields\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginMfaEnrolment($challenge: String!) {\n    beginMfaEnrolment(challenge: $challenge) {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginMfaEnrolment($challenge: String!) {\n    beginMfaEnrolment(challenge: $challenge) {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      __typename\n      ... on MfaEnrolled {\n        recoveryCodes\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {\n    confirmMfaEnrolment(input: $input) {\n      __typename\n      ... on MfaEnrolled {\n        recoveryCodes\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on AccountLockedError {\n        lockedUntil\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyMfa {\n    me {\n      id\n      mfa {\n        isEnabled\n        isRequired\n        recoveryCodesLeft\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyMfa {\n    me {\n      id\n      mfa {\n        isEnabled\n        isRequired\n        recoveryCodesLeft\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginMyMfaEnrolment {\n    beginMyMfaEnrolment {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginMyMfaEnrolment {\n    beginMyMfaEnrolment {\n      __typename\n      ... on MfaEnrolment {\n        ...MfaEnrolmentFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmMyMfaEnrolment($code: String!) {\n    confirmMyMfaEnrolment(code: $code) {\n      __typename\n      ... on MfaRecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmMyMfaEnrolment($code: String!) {\n    confirmMyMfaEnrolment(code: $code) {\n      __typename\n      ... on MfaRecoveryCodes {\n        recoveryCodes\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableMyMfa($code: String!) {\n    disableMyMfa(code: $code) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableMyMfa($code: String!) {\n    disableMyMfa(code: $code) {\n      __typename\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PreventionGapItemFields on PreventionGapItem {\n    code\n    ruleId\n    clause\n    subjectKind\n    label\n    isSubjectHidden\n    responsibleStaffName\n    fixPath\n    fixTargetId\n  }\n',
): (typeof documents)['\n  fragment PreventionGapItemFields on PreventionGapItem {\n    code\n    ruleId\n    clause\n    subjectKind\n    label\n    isSubjectHidden\n    responsibleStaffName\n    fixPath\n    fixTargetId\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreventionGaps($institutionId: ID!) {\n    preventionGaps(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      total\n      viewerCanViewSubjects\n      counts {\n        code\n        ruleId\n        count\n      }\n      gaps {\n        ...PreventionGapItemFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PreventionGaps($institutionId: ID!) {\n    preventionGaps(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      total\n      viewerCanViewSubjects\n      counts {\n        code\n        ruleId\n        count\n      }\n      gaps {\n        ...PreventionGapItemFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreventionGapOverview {\n    preventionGapOverview {\n      institutionId\n      institutionName\n      total\n      counts {\n        code\n        ruleId\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PreventionGapOverview {\n    preventionGapOverview {\n      institutionId\n      institutionName\n      total\n      counts {\n        code\n        ruleId\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CareRecordsFields on CareRecords {\n    institutionId\n    institutionName\n    legalVicePrincipal {\n      status\n      isGap\n      isWarning\n      endsAt\n      appointmentId\n      appointments {\n        id\n        name\n        unit\n        organisation\n        phone\n        termStart\n        termEnd\n      }\n    }\n    courses {\n      intakeId\n      intakeName\n      enrolledAt\n      status\n      deadline\n      deliveredAt\n      undeliveredClassNames\n      deliveries {\n        id\n        deliveredAt\n        classNames\n        teacherName\n        note\n      }\n    }\n    classes {\n      id\n      name\n      intakeId\n    }\n    teachingPlan {\n      termStart\n      termEnd\n      minLessonsPerClass\n      classes {\n        classId\n        className\n        lessons\n        isShort\n      }\n      entries {\n        id\n        className\n        topic\n        lessons\n        plannedAt\n      }\n    }\n    counselling {\n      hasCounsellingRoom\n      roomLocation\n      hotline\n      isProvided\n      recordedAt\n    }\n    bullyingDocuments {\n      id\n      kind\n      title\n      adoptedAt\n      fileName\n      byteSize\n    }\n    hasBullyingDocuments\n    viewerCan {\n      recordLegalVicePrincipal\n      recordCourseDelivery\n      recordTeachingPlan\n      recordCounselling\n      recordBullyingDocument\n      manageClasses\n    }\n    staffChoices {\n      id\n      name\n      post\n    }\n  }\n',
): (typeof documents)['\n  fragment CareRecordsFields on CareRecords {\n    institutionId\n    institutionName\n    legalVicePrincipal {\n      status\n      isGap\n      isWarning\n      endsAt\n      appointmentId\n      appointments {\n        id\n        name\n        unit\n        organisation\n        phone\n        termStart\n        termEnd\n      }\n    }\n    courses {\n      intakeId\n      intakeName\n      enrolledAt\n      status\n      deadline\n      deliveredAt\n      undeliveredClassNames\n      deliveries {\n        id\n        deliveredAt\n        classNames\n        teacherName\n        note\n      }\n    }\n    classes {\n      id\n      name\n      intakeId\n    }\n    teachingPlan {\n      termStart\n      termEnd\n      minLessonsPerClass\n      classes {\n        classId\n        className\n        lessons\n        isShort\n      }\n      entries {\n        id\n        className\n        topic\n        lessons\n        plannedAt\n      }\n    }\n    counselling {\n      hasCounsellingRoom\n      roomLocation\n      hotline\n      isProvided\n      recordedAt\n    }\n    bullyingDocuments {\n      id\n      kind\n      title\n      adoptedAt\n      fileName\n      byteSize\n    }\n    hasBullyingDocuments\n    viewerCan {\n      recordLegalVicePrincipal\n      recordCourseDelivery\n      recordTeachingPlan\n      recordCounselling\n      recordBullyingDocument\n      manageClasses\n    }\n    staffChoices {\n      id\n      name\n      post\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CareRecords($institutionId: ID!) {\n    careRecords(institutionId: $institutionId) {\n      ...CareRecordsFields\n    }\n  }\n',
): (typeof documents)['\n  query CareRecords($institutionId: ID!) {\n    careRecords(institutionId: $institutionId) {\n      ...CareRecordsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordLegalVicePrincipal($input: RecordLegalVicePrincipalInput!) {\n    recordLegalVicePrincipal(input: $input) {\n      __typename\n      ... on LegalVicePrincipal {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordLegalVicePrincipal($input: RecordLegalVicePrincipalInput!) {\n    recordLegalVicePrincipal(input: $input) {\n      __typename\n      ... on LegalVicePrincipal {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCourseDelivery($input: RecordCourseDeliveryInput!) {\n    recordCourseDelivery(input: $input) {\n      __typename\n      ... on CourseDelivery {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCourseDelivery($input: RecordCourseDeliveryInput!) {\n    recordCourseDelivery(input: $input) {\n      __typename\n      ... on CourseDelivery {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTeachingPlan($input: RecordTeachingPlanInput!) {\n    recordTeachingPlan(input: $input) {\n      __typename\n      ... on TeachingPlanEntry {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordTeachingPlan($input: RecordTeachingPlanInput!) {\n    recordTeachingPlan(input: $input) {\n      __typename\n      ... on TeachingPlanEntry {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCounselling($input: RecordCounsellingInput!) {\n    recordCounselling(input: $input) {\n      __typename\n      ... on Counselling {\n        isProvided\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCounselling($input: RecordCounsellingInput!) {\n    recordCounselling(input: $input) {\n      __typename\n      ... on Counselling {\n        isProvided\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChildFileSummaryFields on ChildFile {\n    id\n    institutionName\n    className\n    childName\n    categories\n    closedAt\n    talkStatus {\n      lastTalkAt\n      dueAt\n      isOverdue\n    }\n  }\n',
): (typeof documents)['\n  fragment ChildFileSummaryFields on ChildFile {\n    id\n    institutionName\n    className\n    childName\n    categories\n    closedAt\n    talkStatus {\n      lastTalkAt\n      dueAt\n      isOverdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChildFileFields on ChildFile {\n    ...ChildFileSummaryFields\n    headTeacherName\n    studentNumber\n    personalFile\n    growthFile\n    openedAt\n    closingReason\n    counsellors {\n      id\n      name\n      post\n    }\n    talks {\n      id\n      kind\n      heldAt\n      byStaffName\n      note\n    }\n    cases {\n      id\n      category\n      state\n      receivedAt\n    }\n    hiddenCaseCount\n    viewerCan {\n      recordTalk\n      updateFile\n      closeFile\n    }\n  }\n',
): (typeof documents)['\n  fragment ChildFileFields on ChildFile {\n    ...ChildFileSummaryFields\n    headTeacherName\n    studentNumber\n    personalFile\n    growthFile\n    openedAt\n    closingReason\n    counsellors {\n      id\n      name\n      post\n    }\n    talks {\n      id\n      kind\n      heldAt\n      byStaffName\n      note\n    }\n    cases {\n      id\n      category\n      state\n      receivedAt\n    }\n    hiddenCaseCount\n    viewerCan {\n      recordTalk\n      updateFile\n      closeFile\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChildFiles($includeClosed: Boolean) {\n    childFiles(includeClosed: $includeClosed) {\n      showsChildren\n      items {\n        ...ChildFileSummaryFields\n      }\n    }\n    childFileForm {\n      classes {\n        id\n        name\n        headTeacherName\n      }\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ChildFiles($includeClosed: Boolean) {\n    childFiles(includeClosed: $includeClosed) {\n      showsChildren\n      items {\n        ...ChildFileSummaryFields\n      }\n    }\n    childFileForm {\n      classes {\n        id\n        name\n        headTeacherName\n      }\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChildFileCounts {\n    childFileCounts {\n      institutionId\n      institutionName\n      section\n      category\n      openCount\n      overdueCount\n    }\n  }\n',
): (typeof documents)['\n  query ChildFileCounts {\n    childFileCounts {\n      institutionId\n      institutionName\n      section\n      category\n      openCount\n      overdueCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChildFile($id: ID!) {\n    childFile(id: $id) {\n      ...ChildFileFields\n    }\n  }\n',
): (typeof documents)['\n  query ChildFile($id: ID!) {\n    childFile(id: $id) {\n      ...ChildFileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenChildFile($input: OpenChildFileInput!) {\n    openChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenChildFile($input: OpenChildFileInput!) {\n    openChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordWelfareTalk($input: RecordWelfareTalkInput!) {\n    recordWelfareTalk(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordWelfareTalk($input: RecordWelfareTalkInput!) {\n    recordWelfareTalk(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseChildFile($input: CloseChildFileInput!) {\n    closeChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseChildFile($input: CloseChildFileInput!) {\n    closeChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkChildFileCase($input: LinkChildFileCaseInput!) {\n    linkChildFileCase(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkChildFileCase($input: LinkChildFileCaseInput!) {\n    linkChildFileCase(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChildFileForm {\n    childFileForm {\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ChildFileForm {\n    childFileForm {\n      categories\n      staff {\n        id\n        name\n        post\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateChildFile($input: UpdateChildFileInput!) {\n    updateChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateChildFile($input: UpdateChildFileInput!) {\n    updateChildFile(input: $input) {\n      __typename\n      ... on ChildFile {\n        ...ChildFileFields\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntakeRegister($institutionId: ID!) {\n    intakes(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      viewerCan {\n        manageClasses\n      }\n      staffChoices {\n        id\n        name\n        post\n      }\n      intakes {\n        id\n        name\n        enrolledAt\n        classes {\n          id\n          name\n          headTeacherStaffId\n          headTeacherName\n          closedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IntakeRegister($institutionId: ID!) {\n    intakes(institutionId: $institutionId) {\n      institutionId\n      institutionName\n      viewerCan {\n        manageClasses\n      }\n      staffChoices {\n        id\n        name\n        post\n      }\n      intakes {\n        id\n        name\n        enrolledAt\n        classes {\n          id\n          name\n          headTeacherStaffId\n          headTeacherName\n          closedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      __typename\n      ... on Intake {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      __typename\n      ... on Intake {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordClass($input: RecordClassInput!) {\n    recordClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordClass($input: RecordClassInput!) {\n    recordClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignHeadTeacher($input: AssignHeadTeacherInput!) {\n    assignHeadTeacher(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignHeadTeacher($input: AssignHeadTeacherInput!) {\n    assignHeadTeacher(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseClass($input: CloseClassInput!) {\n    closeClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseClass($input: CloseClassInput!) {\n    closeClass(input: $input) {\n      ...SchoolClassResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SchoolClassResultFields on SchoolClassResult {\n    __typename\n    ... on SchoolClass {\n      id\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n',
): (typeof documents)['\n  fragment SchoolClassResultFields on SchoolClassResult {\n    __typename\n    ... on SchoolClass {\n      id\n    }\n    ... on ValidationError {\n      field\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DormEntryFields on DormEntry {\n    id\n    institutionId\n    institutionName\n    staffMemberId\n    staffName\n    staffRole\n    purpose\n    purposeNote\n    decision\n    refusal\n    isRegistrationRequired\n    enteredAt\n    exitedAt\n    isNight\n    recordedByName\n    canRecordExit\n  }\n',
): (typeof documents)['\n  fragment DormEntryFields on DormEntry {\n    id\n    institutionId\n    institutionName\n    staffMemberId\n    staffName\n    staffRole\n    purpose\n    purposeNote\n    decision\n    refusal\n    isRegistrationRequired\n    enteredAt\n    exitedAt\n    isNight\n    recordedByName\n    canRecordExit\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DormDoor {\n    dormDoor {\n      institutionId\n      institutionName\n      isBoarding\n      canRecordEntry\n      nightStartMinute\n      nightEndMinute\n      inside {\n        ...DormEntryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DormDoor {\n    dormDoor {\n      institutionId\n      institutionName\n      isBoarding\n      canRecordEntry\n      nightStartMinute\n      nightEndMinute\n      inside {\n        ...DormEntryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DormDoorPeople($search: String!) {\n    dormDoorPeople(search: $search) {\n      id\n      name\n      role\n      post\n    }\n  }\n',
): (typeof documents)['\n  query DormDoorPeople($search: String!) {\n    dormDoorPeople(search: $search) {\n      id\n      name\n      role\n      post\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DormEntries($filter: DormEntryFilter, $first: Int, $after: String) {\n    dormEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      items {\n        ...DormEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DormEntries($filter: DormEntryFilter, $first: Int, $after: String) {\n    dormEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      items {\n        ...DormEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDormEntry($input: RecordDormEntryInput!) {\n    recordDormEntry(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on DormEntryRefusedError {\n        reason\n        attempt {\n          ...DormEntryFields\n        }\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on DormForbiddenError {\n        ruleId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDormEntry($input: RecordDormEntryInput!) {\n    recordDormEntry(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on DormEntryRefusedError {\n        reason\n        attempt {\n          ...DormEntryFields\n        }\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on DormForbiddenError {\n        ruleId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDormExit($input: RecordDormExitInput!) {\n    recordDormExit(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDormExit($input: RecordDormExitInput!) {\n    recordDormExit(input: $input) {\n      __typename\n      ... on DormEntry {\n        ...DormEntryFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyWork {\n    myWork {\n      totalCount\n      items {\n        kind\n        ruleId\n        caseId\n        caseCategory\n        caseRecordedAt\n        staffId\n        staffName\n        staffRole\n        dueAt\n        isOverdue\n        isChildInDanger\n        openSteps\n      }\n      careGaps {\n        institutionId\n        total\n        canOpenList\n        first {\n          ...PreventionGapItemFields\n        }\n      }\n      reportedCases {\n        id\n        category\n        state\n        reportingStatus\n        recordedAt\n        policeReportDueAt\n        policeReportedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyWork {\n    myWork {\n      totalCount\n      items {\n        kind\n        ruleId\n        caseId\n        caseCategory\n        caseRecordedAt\n        staffId\n        staffName\n        staffRole\n        dueAt\n        isOverdue\n        isChildInDanger\n        openSteps\n      }\n      careGaps {\n        institutionId\n        total\n        canOpenList\n        first {\n          ...PreventionGapItemFields\n        }\n      }\n      reportedCases {\n        id\n        category\n        state\n        reportingStatus\n        recordedAt\n        policeReportDueAt\n        policeReportedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BullyingStepsFields on BullyingSteps {\n    caseId\n    nextStep\n    viewerCan {\n      recordStep\n    }\n    steps {\n      step\n      status\n      dueAt\n      completedAt\n      isLate\n      note\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  fragment BullyingStepsFields on BullyingSteps {\n    caseId\n    nextStep\n    viewerCan {\n      recordStep\n    }\n    steps {\n      step\n      status\n      dueAt\n      completedAt\n      isLate\n      note\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseBullyingSteps($id: ID!) {\n    case(id: $id) {\n      id\n      bullyingSteps {\n        ...BullyingStepsFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseBullyingSteps($id: ID!) {\n    case(id: $id) {\n      id\n      bullyingSteps {\n        ...BullyingStepsFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordBullyingStep($input: RecordBullyingStepInput!) {\n    recordBullyingStep(input: $input) {\n      __typename\n      ... on BullyingSteps {\n        ...BullyingStepsFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordBullyingStep($input: RecordBullyingStepInput!) {\n    recordBullyingStep(input: $input) {\n      __typename\n      ... on BullyingSteps {\n        ...BullyingStepsFields\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseSummaryFields on Case {\n    id\n    institutionId\n    institutionName\n    category\n    suspectType\n    state\n    isConfidential\n    isChildInDanger\n    receivedAt\n    recordedAt\n    acknowledgedAt\n    closedAt\n    closingReason\n    reporting {\n      status\n      isPoliceReportRequired\n      headNotificationDueAt\n      policeReportDueAt\n      isHeadNotificationLate\n      assessedAt\n    }\n    breaches {\n      code\n      hop\n      ruleIds\n      occurredAt\n      recordedAt\n    }\n    policeReport {\n      reportedAt\n      policeStation\n      receiptNumber\n      officerName\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseSummaryFields on Case {\n    id\n    institutionId\n    institutionName\n    category\n    suspectType\n    state\n    isConfidential\n    isChildInDanger\n    receivedAt\n    recordedAt\n    acknowledgedAt\n    closedAt\n    closingReason\n    reporting {\n      status\n      isPoliceReportRequired\n      headNotificationDueAt\n      policeReportDueAt\n      isHeadNotificationLate\n      assessedAt\n    }\n    breaches {\n      code\n      hop\n      ruleIds\n      occurredAt\n      recordedAt\n    }\n    policeReport {\n      reportedAt\n      policeStation\n      receiptNumber\n      officerName\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseDetailFields on Case {\n    suspectDescription\n    isSuspectHead\n    channel\n    isHeadInConflict\n    access\n    reporter {\n      id\n      displayName\n    }\n    acknowledgedBy {\n      id\n      displayName\n    }\n    emergencyChecklist {\n      step\n      ruleId\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    externalSources {\n      source\n      learnedAt\n      note\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      kind\n      at\n      actor {\n        id\n        displayName\n      }\n      detail\n      deadline\n      dueAt\n      deadlineOutcome\n    }\n    viewerCan {\n      canAcknowledge\n      canCompleteEmergencyStep\n      canRecordPoliceReport\n      canRecordExternalSource\n      canClose\n      canRecordWelfareNote\n      canExportMandatoryReport\n      closingReasons {\n        reason\n        isAllowed\n        ruleId\n        refusal\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseDetailFields on Case {\n    suspectDescription\n    isSuspectHead\n    channel\n    isHeadInConflict\n    access\n    reporter {\n      id\n      displayName\n    }\n    acknowledgedBy {\n      id\n      displayName\n    }\n    emergencyChecklist {\n      step\n      ruleId\n      doneAt\n      doneBy {\n        id\n        displayName\n      }\n    }\n    externalSources {\n      source\n      learnedAt\n      note\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    timeline {\n      kind\n      at\n      actor {\n        id\n        displayName\n      }\n      detail\n      deadline\n      dueAt\n      deadlineOutcome\n    }\n    viewerCan {\n      canAcknowledge\n      canCompleteEmergencyStep\n      canRecordPoliceReport\n      canRecordExternalSource\n      canClose\n      canRecordWelfareNote\n      canExportMandatoryReport\n      closingReasons {\n        reason\n        isAllowed\n        ruleId\n        refusal\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseConfidentialFields on Case {\n    child {\n      name\n      className\n    }\n    childStatement\n  }\n',
): (typeof documents)['\n  fragment CaseConfidentialFields on Case {\n    child {\n      name\n      className\n    }\n    childStatement\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseWelfareFields on Case {\n    welfareNotes {\n      id\n      concernNote\n      guardianToldAt\n      isStudySuspended\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseWelfareFields on Case {\n    welfareNotes {\n      id\n      concernNote\n      guardianToldAt\n      isStudySuspended\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      ...CaseDetailFields\n      ...CaseConfidentialFields\n      ...CaseWelfareFields\n      canStartUnannouncedInspection\n    }\n  }\n',
): (typeof documents)['\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      ...CaseDetailFields\n      ...CaseConfidentialFields\n      ...CaseWelfareFields\n      canStartUnannouncedInspection\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingChannels {\n    reportingChannels {\n      mailbox\n      hotline\n    }\n  }\n',
): (typeof documents)['\n  query ReportingChannels {\n    reportingChannels {\n      mailbox\n      hotline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportableStaff($search: String, $first: Int) {\n    reportableStaff(search: $search, first: $first) {\n      id\n      name\n      role\n    }\n  }\n',
): (typeof documents)['\n  query ReportableStaff($search: String, $first: Int) {\n    reportableStaff(search: $search, first: $first) {\n      id\n      name\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDisclosure($input: RecordDisclosureInput!) {\n    recordDisclosure(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeCase($caseId: ID!) {\n    acknowledgeCase(caseId: $caseId) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteEmergencyStep($input: CompleteEmergencyStepInput!) {\n    completeEmergencyStep(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteEmergencyStep($input: CompleteEmergencyStepInput!) {\n    completeEmergencyStep(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPoliceReport($input: RecordPoliceReportInput!) {\n    recordPoliceReport(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPoliceReport($input: RecordPoliceReportInput!) {\n    recordPoliceReport(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExternalSource($input: RecordExternalSourceInput!) {\n    recordExternalSource(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordExternalSource($input: RecordExternalSourceInput!) {\n    recordExternalSource(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on ReportingTimeError {\n        code\n        message\n        problem\n        ruleId\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on TransitionRefusedError {\n        code\n        message\n        refusal\n        ruleId\n        breachRecorded\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordWelfareNote($input: RecordWelfareNoteInput!) {\n    recordWelfareNote(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n        ...CaseWelfareFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordWelfareNote($input: RecordWelfareNoteInput!) {\n    recordWelfareNote(input: $input) {\n      __typename\n      ... on Case {\n        ...CaseSummaryFields\n        ...CaseDetailFields\n        ...CaseWelfareFields\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n      ... on CaseForbiddenError {\n        code\n        message\n        forbiddenRuleId: ruleId\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    caseId\n    title\n    body\n    urgent\n    createdAt\n    readAt\n    facts {\n      institutionName\n      category\n      deadlineKind\n      dueAt\n      hazardItemZh\n      hazardItemEn\n      hazardId\n      isChildInDanger\n    }\n  }\n',
): (typeof documents)['\n  fragment NotificationItem on Notification {\n    id\n    kind\n    caseId\n    title\n    body\n    urgent\n    createdAt\n    readAt\n    facts {\n      institutionName\n      category\n      deadlineKind\n      dueAt\n      hazardItemZh\n      hazardItemEn\n      hazardId\n      isChildInDanger\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyLanguage($language: AccountLanguage!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyLanguage($language: AccountLanguage!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      urgentUnread {\n        ...NotificationItem\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      urgentUnread {\n        ...NotificationItem\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        readAt\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      __typename\n      ... on Notification {\n        id\n        readAt\n      }\n      ... on CaseNotFoundError {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IncidentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IncidentInstitutionOptions($search: String) {\n    institutions(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MyNotificationsChanged {\n    myNotificationsChanged {\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription MyNotificationsChanged {\n    myNotificationsChanged {\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CaseChanged($id: ID!) {\n    caseChanged(id: $id) {\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription CaseChanged($id: ID!) {\n    caseChanged(id: $id) {\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InspectionCampaigns {\n    inspectionCampaigns {\n      canOpen\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        selfInspectionsSubmitted\n        ownSelfInspectionId\n        ownSelfInspectionSubmittedAt\n        viewerCan {\n          canStartSelfInspection\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InspectionCampaigns {\n    inspectionCampaigns {\n      canOpen\n      items {\n        id\n        name\n        startsAt\n        endsAt\n        institutionCount\n        selfInspectionsSubmitted\n        ownSelfInspectionId\n        ownSelfInspectionSubmittedAt\n        viewerCan {\n          canStartSelfInspection\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InspectionTemplates {\n    inspectionTemplates {\n      id\n      nameZh\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  query InspectionTemplates {\n    inspectionTemplates {\n      id\n      nameZh\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InspectionCampaign($id: ID!) {\n    inspectionCampaign(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      templateNameZh\n      templateNameEn\n      institutionCount\n      selfInspectionsSubmitted\n      institutions {\n        institutionId\n        institutionName\n        institutionKind\n        selfInspectionId\n        submittedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InspectionCampaign($id: ID!) {\n    inspectionCampaign(id: $id) {\n      id\n      name\n      startsAt\n      endsAt\n      templateNameZh\n      templateNameEn\n      institutionCount\n      selfInspectionsSubmitted\n      institutions {\n        institutionId\n        institutionName\n        institutionKind\n        selfInspectionId\n        submittedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenInspectionCampaign($input: OpenInspectionCampaignInput!) {\n    openInspectionCampaign(input: $input) {\n      __typename\n      ... on InspectionCampaign {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenInspectionCampaign($input: OpenInspectionCampaignInput!) {\n    openInspectionCampaign(input: $input) {\n      __typename\n      ... on InspectionCampaign {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartInspection($input: StartInspectionInput!) {\n    startInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartInspection($input: StartInspectionInput!) {\n    startInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InspectionFields on Inspection {\n    id\n    kind\n    campaignName\n    institutionId\n    institutionName\n    startedAt\n    submittedAt\n    viewerCan {\n      canRecordItem\n      canSubmit\n    }\n    items {\n      item {\n        id\n        code\n        group\n        ruleId\n        textZh\n        textEn\n      }\n      result\n      note\n      hazardId\n    }\n  }\n',
): (typeof documents)['\n  fragment InspectionFields on Inspection {\n    id\n    kind\n    campaignName\n    institutionId\n    institutionName\n    startedAt\n    submittedAt\n    viewerCan {\n      canRecordItem\n      canSubmit\n    }\n    items {\n      item {\n        id\n        code\n        group\n        ruleId\n        textZh\n        textEn\n      }\n      result\n      note\n      hazardId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionFields\n    }\n  }\n',
): (typeof documents)['\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordInspectionItem($input: RecordInspectionItemInput!) {\n    recordInspectionItem(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordInspectionItem($input: RecordInspectionItemInput!) {\n    recordInspectionItem(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitInspection($input: SubmitInspectionInput!) {\n    submitInspection(input: $input) {\n      __typename\n      ... on Inspection {\n        ...InspectionFields\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Hazards($filter: HazardFilter, $first: Int, $offset: Int) {\n    hazards(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        institutionName\n        description\n        foundAt\n        dueAt\n        ownerName\n        status\n        stage\n        item {\n          id\n          textZh\n          textEn\n        }\n        photos {\n          id\n          thumbnailUrl\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Hazards($filter: HazardFilter, $first: Int, $offset: Int) {\n    hazards(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        institutionName\n        description\n        foundAt\n        dueAt\n        ownerName\n        status\n        stage\n        item {\n          id\n          textZh\n          textEn\n        }\n        photos {\n          id\n          thumbnailUrl\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HazardFields on Hazard {\n    id\n    institutionId\n    institutionName\n    inspectionId\n    inspectionKind\n    description\n    foundAt\n    ownerStaffId\n    ownerName\n    dueAt\n    status\n    missing\n    stage\n    rectifiedAt\n    item {\n      id\n      code\n      ruleId\n      textZh\n      textEn\n    }\n    rectifications {\n      id\n      note\n      recordedAt\n      recordedByName\n      verification\n      verifiedAt\n      sendBackReason\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    photos {\n      id\n      url\n      thumbnailUrl\n      width\n      height\n    }\n    viewerCan {\n      canAssign\n      canRecordRectification\n      canVerify\n    }\n  }\n',
): (typeof documents)['\n  fragment HazardFields on Hazard {\n    id\n    institutionId\n    institutionName\n    inspectionId\n    inspectionKind\n    description\n    foundAt\n    ownerStaffId\n    ownerName\n    dueAt\n    status\n    missing\n    stage\n    rectifiedAt\n    item {\n      id\n      code\n      ruleId\n      textZh\n      textEn\n    }\n    rectifications {\n      id\n      note\n      recordedAt\n      recordedByName\n      verification\n      verifiedAt\n      sendBackReason\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    photos {\n      id\n      url\n      thumbnailUrl\n      width\n      height\n    }\n    viewerCan {\n      canAssign\n      canRecordRectification\n      canVerify\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Hazard($id: ID!) {\n    hazard(id: $id) {\n      ...HazardFields\n    }\n  }\n',
): (typeof documents)['\n  query Hazard($id: ID!) {\n    hazard(id: $id) {\n      ...HazardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignHazard($input: AssignHazardInput!) {\n    assignHazard(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignHazard($input: AssignHazardInput!) {\n    assignHazard(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRectification($input: RecordRectificationInput!) {\n    recordRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRectification($input: RecordRectificationInput!) {\n    recordRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyRectification($input: VerifyRectificationInput!) {\n    verifyRectification(input: $input) {\n      __typename\n      ... on Hazard {\n        ...HazardFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HazardOwners($institutionId: ID!) {\n    staff(filter: { institutionId: $institutionId, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HazardOwners($institutionId: ID!) {\n    staff(filter: { institutionId: $institutionId, status: ACTIVE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          address\n          headName\n          supervisingSection\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      isApplyingToOpen\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Institution($id: ID!) {\n    institution(id: $id) {\n      id\n      name\n      kind\n      address\n      headName\n      supervisingSection\n      supervisingSectionIsDistrictDefault\n      isApplyingToOpen\n      duties {\n        duty\n        responsibilities {\n          unit\n          ruleId\n          clause\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetOpeningApplication($input: SetOpeningApplicationInput!) {\n    setOpeningApplication(input: $input) {\n      __typename\n      ... on Institution {\n        id\n        isApplyingToOpen\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetOpeningApplication($input: SetOpeningApplicationInput!) {\n    setOpeningApplication(input: $input) {\n      __typename\n      ... on Institution {\n        id\n        isApplyingToOpen\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResponsibilityMatrix {\n    responsibilityMatrix {\n      duty\n      kind\n      responsibilities {\n        unit\n        ruleId\n        clause\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          recipientUsername\n          recipientDisplayName\n          to\n          kind\n          status\n          createdAt\n          sentAt\n          lastFailedAt\n          failedAttempts\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          recipientUsername\n          recipientDisplayName\n          to\n          kind\n          status\n          createdAt\n          sentAt\n          lastFailedAt\n          failedAttempts\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OversightIndicatorFields on OversightIndicator {\n    id\n    ruleIds\n    unit\n    value\n    rag\n    isPeriodic\n    drill {\n      list\n      state\n      breach\n      overdue\n      dueKind\n      hazardStatuses\n    }\n  }\n',
): (typeof documents)['\n  fragment OversightIndicatorFields on OversightIndicator {\n    id\n    ruleIds\n    unit\n    value\n    rag\n    isPeriodic\n    drill {\n      list\n      state\n      breach\n      overdue\n      dueKind\n      hazardStatuses\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Oversight($filter: OversightFilter, $table: OversightTablePage) {\n    oversight(filter: $filter, table: $table) {\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      trend {\n        month\n        category\n        count\n      }\n      timeToPolice {\n        fromMinutes\n        toMinutes\n        count\n        isWithinDeadline\n      }\n      policeDeadlineMinutes\n      breachesBySection {\n        section\n        breach\n        count\n      }\n      coverageByKind {\n        kind\n        activeStaff\n        currentStaff\n        coverage\n        rag\n      }\n      table {\n        totalCount\n        rows {\n          institution {\n            id\n            name\n            kind\n            street\n          }\n          cells {\n            id\n            value\n            rag\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Oversight($filter: OversightFilter, $table: OversightTablePage) {\n    oversight(filter: $filter, table: $table) {\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      trend {\n        month\n        category\n        count\n      }\n      timeToPolice {\n        fromMinutes\n        toMinutes\n        count\n        isWithinDeadline\n      }\n      policeDeadlineMinutes\n      breachesBySection {\n        section\n        breach\n        count\n      }\n      coverageByKind {\n        kind\n        activeStaff\n        currentStaff\n        coverage\n        rag\n      }\n      table {\n        totalCount\n        rows {\n          institution {\n            id\n            name\n            kind\n            street\n          }\n          cells {\n            id\n            value\n            rag\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InstitutionRecord($id: ID!) {\n    institutionRecord(id: $id) {\n      institution {\n        id\n        name\n        kind\n        street\n        address\n      }\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      months {\n        month\n        start\n        end\n        casesRecorded\n        cells {\n          id\n          value\n          rag\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InstitutionRecord($id: ID!) {\n    institutionRecord(id: $id) {\n      institution {\n        id\n        name\n        kind\n        street\n        address\n      }\n      period {\n        kind\n        start\n        end\n      }\n      indicators {\n        ...OversightIndicatorFields\n      }\n      months {\n        month\n        start\n        end\n        casesRecorded\n        cells {\n          id\n          value\n          rag\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OversightNav {\n    me {\n      id\n      canViewDashboard\n    }\n  }\n',
): (typeof documents)['\n  query OversightNav {\n    me {\n      id\n      canViewDashboard\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlaceRegisterFields on MonitoredPlaceRegister {\n    institutionId\n    institutionName\n    institutionKind\n    lastBlindSpotSelfInspectionOn\n    blindSpotSelfInspectionDueAt\n    places {\n      id\n      name\n      kind\n      roomType\n      isMonitored\n      cameraCount\n      note\n      isGap\n      updatedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    gaps {\n      code\n      ruleId\n      placeId\n    }\n    viewerCan {\n      recordPlace\n      recordBlindSpotSelfInspection\n    }\n  }\n',
): (typeof documents)['\n  fragment PlaceRegisterFields on MonitoredPlaceRegister {\n    institutionId\n    institutionName\n    institutionKind\n    lastBlindSpotSelfInspectionOn\n    blindSpotSelfInspectionDueAt\n    places {\n      id\n      name\n      kind\n      roomType\n      isMonitored\n      cameraCount\n      note\n      isGap\n      updatedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    gaps {\n      code\n      ruleId\n      placeId\n    }\n    viewerCan {\n      recordPlace\n      recordBlindSpotSelfInspection\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonitoredPlaces($institutionId: ID!) {\n    monitoredPlaces(institutionId: $institutionId) {\n      ...PlaceRegisterFields\n    }\n  }\n',
): (typeof documents)['\n  query MonitoredPlaces($institutionId: ID!) {\n    monitoredPlaces(institutionId: $institutionId) {\n      ...PlaceRegisterFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMonitoredPlace($input: RecordMonitoredPlaceInput!) {\n    recordMonitoredPlace(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMonitoredPlace($input: RecordMonitoredPlaceInput!) {\n    recordMonitoredPlace(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordBlindSpotSelfInspection($input: RecordBlindSpotSelfInspectionInput!) {\n    recordBlindSpotSelfInspection(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordBlindSpotSelfInspection($input: RecordBlindSpotSelfInspectionInput!) {\n    recordBlindSpotSelfInspection(input: $input) {\n      __typename\n      ... on MonitoredPlaceRegister {\n        ...PlaceRegisterFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on PlaceForbiddenError {\n        ruleId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlaceRegisters($filter: PlaceRegisterFilter) {\n    placeRegisters(filter: $filter) {\n      institutionId\n      institutionName\n      institutionKind\n      street\n      placeCount\n      oneToOneRooms\n      unmonitoredOneToOneRooms\n      lastBlindSpotSelfInspectionOn\n      blindSpotSelfInspectionDueAt\n      isBlindSpotSelfInspectionDue\n      gaps\n    }\n  }\n',
): (typeof documents)['\n  query PlaceRegisters($filter: PlaceRegisterFilter) {\n    placeRegisters(filter: $filter) {\n      institutionId\n      institutionName\n      institutionKind\n      street\n      placeCount\n      oneToOneRooms\n      unmonitoredOneToOneRooms\n      lastBlindSpotSelfInspectionOn\n      blindSpotSelfInspectionDueAt\n      isBlindSpotSelfInspectionDue\n      gaps\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffRowFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    institution {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment StaffRowFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    institution {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VettingDecisionFields on VettingDecision {\n    status\n    ruleIds\n    required {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    missing {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    blocking {\n      code\n      check\n      ruleId\n      clause\n    }\n  }\n',
): (typeof documents)['\n  fragment VettingDecisionFields on VettingDecision {\n    status\n    ruleIds\n    required {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    missing {\n      check\n      recordedBy\n      ruleId\n      clause\n      viewerCanRecord\n    }\n    blocking {\n      code\n      check\n      ruleId\n      clause\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MisconductCaseFields on MisconductCase {\n    id\n    staffId\n    staffName\n    institutionId\n    incidentId\n    status\n    facts\n    investigation\n    factsVerified\n    severity\n    involvesCrime\n    outcomes\n    openedAt\n    proposedAt\n    decidedAt\n    viewerCan {\n      canDecide\n    }\n  }\n',
): (typeof documents)['\n  fragment MisconductCaseFields on MisconductCase {\n    id\n    staffId\n    staffName\n    institutionId\n    incidentId\n    status\n    facts\n    investigation\n    factsVerified\n    severity\n    involvesCrime\n    outcomes\n    openedAt\n    proposedAt\n    decidedAt\n    viewerCan {\n      canDecide\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffMemberFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    idNumber\n    phone\n    hasStudentAccess\n    startedAt\n    activatedAt\n    createdAt\n    institution {\n      id\n      name\n      kind\n    }\n    vetting {\n      status\n      ruleIds\n      required {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      missing {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      blocking {\n        code\n        check\n        ruleId\n        clause\n      }\n      checksWithFindings\n    }\n    checks {\n      id\n      check\n      outcome\n      checkedAt\n      checkedBy\n      system\n      referenceNumber\n      recordedBy\n      recordedAt\n      findings\n    }\n    qualifications {\n      id\n      kind\n      number\n      issuedAt\n      isRevoked\n      revokedAt\n      revokedRuleId\n    }\n    interviews {\n      id\n      interviewedAt\n      interviewer\n      notes\n    }\n    dueDates {\n      recheck {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n      reminderInterview {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n    }\n    misconductCases {\n      id\n      staffId\n      staffName\n      institutionId\n      incidentId\n      status\n      facts\n      investigation\n      factsVerified\n      severity\n      involvesCrime\n      outcomes\n      openedAt\n      proposedAt\n      decidedAt\n      viewerCan {\n        canDecide\n      }\n    }\n    viewerCan {\n      canActivate\n      canRecordQualification\n      canRecordInterview\n      canOpenMisconductCase\n      canReadIdNumber\n      recordableChecks\n    }\n  }\n',
): (typeof documents)['\n  fragment StaffMemberFields on StaffMember {\n    id\n    name\n    idNumberMasked\n    role\n    employmentType\n    post\n    status\n    idNumber\n    phone\n    hasStudentAccess\n    startedAt\n    activatedAt\n    createdAt\n    institution {\n      id\n      name\n      kind\n    }\n    vetting {\n      status\n      ruleIds\n      required {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      missing {\n        check\n        recordedBy\n        ruleId\n        clause\n        viewerCanRecord\n      }\n      blocking {\n        code\n        check\n        ruleId\n        clause\n      }\n      checksWithFindings\n    }\n    checks {\n      id\n      check\n      outcome\n      checkedAt\n      checkedBy\n      system\n      referenceNumber\n      recordedBy\n      recordedAt\n      findings\n    }\n    qualifications {\n      id\n      kind\n      number\n      issuedAt\n      isRevoked\n      revokedAt\n      revokedRuleId\n    }\n    interviews {\n      id\n      interviewedAt\n      interviewer\n      notes\n    }\n    dueDates {\n      recheck {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n      reminderInterview {\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        clause\n        supervisedBy\n      }\n    }\n    misconductCases {\n      id\n      staffId\n      staffName\n      institutionId\n      incidentId\n      status\n      facts\n      investigation\n      factsVerified\n      severity\n      involvesCrime\n      outcomes\n      openedAt\n      proposedAt\n      decidedAt\n      viewerCan {\n        canDecide\n      }\n    }\n    viewerCan {\n      canActivate\n      canRecordQualification\n      canRecordInterview\n      canOpenMisconductCase\n      canReadIdNumber\n      recordableChecks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffList($filter: StaffFilter, $first: Int, $after: String) {\n    staff(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffRowFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffList($filter: StaffFilter, $first: Int, $after: String) {\n    staff(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffRowFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n',
): (typeof documents)['\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DueChecks($filter: DueCheckFilter, $first: Int, $after: String) {\n    dueChecks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        kind\n        staffId\n        staffName\n        idNumberMasked\n        role\n        institutionId\n        institutionName\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        supervisedBy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DueChecks($filter: DueCheckFilter, $first: Int, $after: String) {\n    dueChecks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      overdueCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      items {\n        kind\n        staffId\n        staffName\n        idNumberMasked\n        role\n        institutionId\n        institutionName\n        lastAt\n        dueAt\n        isOverdue\n        ruleId\n        supervisedBy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AllowedMisconductOutcomes(\n    $staffId: ID!\n    $factsVerified: Boolean!\n    $severity: MisconductSeverity!\n    $involvesCrime: Boolean!\n  ) {\n    staffMember(id: $staffId) {\n      id\n      misconductCases {\n        id\n        allowedOutcomes(factsVerified: $factsVerified, severity: $severity, involvesCrime: $involvesCrime) {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AllowedMisconductOutcomes(\n    $staffId: ID!\n    $factsVerified: Boolean!\n    $severity: MisconductSeverity!\n    $involvesCrime: Boolean!\n  ) {\n    staffMember(id: $staffId) {\n      id\n      misconductCases {\n        id\n        allowedOutcomes(factsVerified: $factsVerified, severity: $severity, involvesCrime: $involvesCrime) {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddStaffCandidate($input: AddStaffCandidateInput!) {\n    addStaffCandidate(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on DuplicateStaffError {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddStaffCandidate($input: AddStaffCandidateInput!) {\n    addStaffCandidate(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on DuplicateStaffError {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordVettingCheck($input: RecordVettingCheckInput!) {\n    recordVettingCheck(input: $input) {\n      __typename\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on NotResponsibleError {\n        code\n        message\n        recordedBy\n        ruleId\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordVettingCheck($input: RecordVettingCheckInput!) {\n    recordVettingCheck(input: $input) {\n      __typename\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on NotResponsibleError {\n        code\n        message\n        recordedBy\n        ruleId\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActivateStaff($staffId: ID!) {\n    activateStaff(staffId: $staffId) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on VettingNotClearError {\n        code\n        message\n        decision {\n          status\n          ruleIds\n          required {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          missing {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          blocking {\n            code\n            check\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ActivateStaff($staffId: ID!) {\n    activateStaff(staffId: $staffId) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on VettingNotClearError {\n        code\n        message\n        decision {\n          status\n          ruleIds\n          required {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          missing {\n            check\n            recordedBy\n            ruleId\n            clause\n            viewerCanRecord\n          }\n          blocking {\n            code\n            check\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordQualification($input: RecordQualificationInput!) {\n    recordQualification(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordQualification($input: RecordQualificationInput!) {\n    recordQualification(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on StaffMember {\n        ...StaffMemberFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenMisconductCase($input: OpenMisconductCaseInput!) {\n    openMisconductCase(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenMisconductCase($input: OpenMisconductCaseInput!) {\n    openMisconductCase(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on StaffNotFoundError {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideMisconduct($input: DecideMisconductInput!) {\n    decideMisconduct(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on MisconductCaseNotFoundError {\n        code\n        message\n      }\n      ... on OutcomeNotAllowedError {\n        code\n        message\n        allowed {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideMisconduct($input: DecideMisconductInput!) {\n    decideMisconduct(input: $input) {\n      __typename\n      ... on StaffForbiddenError {\n        code\n        message\n        ruleId\n      }\n      ... on MisconductCase {\n        ...MisconductCaseFields\n      }\n      ... on ValidationError {\n        code\n        message\n        field\n        textProblem\n        limit\n      }\n      ... on MisconductCaseNotFoundError {\n        code\n        message\n      }\n      ... on OutcomeNotAllowedError {\n        code\n        message\n        allowed {\n          isInvestigationNeeded\n          options {\n            outcome\n            isMandatory\n            ruleId\n            clause\n          }\n        }\n      }\n      ... on InvalidStaffStateError {\n        code\n        message\n        staffStatus: status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MisconductCases($filter: MisconductCaseFilter, $first: Int, $offset: Int) {\n    misconductCases(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        staffId\n        staffName\n        institutionId\n        institutionName\n        openedAt\n        status\n        outcomes\n        decidedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MisconductCases($filter: MisconductCaseFilter, $first: Int, $offset: Int) {\n    misconductCases(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        staffId\n        staffName\n        institutionId\n        institutionName\n        openedAt\n        status\n        outcomes\n        decidedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MisconductNav {\n    me {\n      id\n      canListMisconduct\n    }\n  }\n',
): (typeof documents)['\n  query MisconductNav {\n    me {\n      id\n      canListMisconduct\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskSubjectSummaryFields on RiskSubject {\n    id\n    institutionId\n    institutionName\n    subjectType\n    siteType\n    personType\n    status\n    site {\n      name\n      address\n    }\n    location\n    recordedAt\n    lastFollowedUpAt\n    referral {\n      townshipReferredAt\n      policeReferredAt\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskSubjectSummaryFields on RiskSubject {\n    id\n    institutionId\n    institutionName\n    subjectType\n    siteType\n    personType\n    status\n    site {\n      name\n      address\n    }\n    location\n    recordedAt\n    lastFollowedUpAt\n    referral {\n      townshipReferredAt\n      policeReferredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskSubjects($filter: RiskSubjectFilter, $first: Int, $after: String) {\n    riskSubjects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      viewerCanRecord\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RiskSubjectSummaryFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RiskSubjects($filter: RiskSubjectFilter, $first: Int, $after: String) {\n    riskSubjects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      viewerCanRecord\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RiskSubjectSummaryFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RiskSubjectFields on RiskSubject {\n    ...RiskSubjectSummaryFields\n    recordedByName\n    site {\n      name\n      address\n      description\n    }\n    person {\n      name\n      idNumber\n      address\n      description\n    }\n    referral {\n      townshipOffice\n      townshipReferredAt\n      policeStation\n      policeReferredAt\n      missingRecipients\n    }\n    closingReason\n    closingNote\n    closedAt\n    followUps {\n      id\n      followedUpAt\n      outcome\n      note\n      recordedByName\n      recordedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    viewerCan {\n      recordFollowUp\n      close\n      readPersonalData\n      needsReferral\n      closingReasons\n    }\n  }\n',
): (typeof documents)['\n  fragment RiskSubjectFields on RiskSubject {\n    ...RiskSubjectSummaryFields\n    recordedByName\n    site {\n      name\n      address\n      description\n    }\n    person {\n      name\n      idNumber\n      address\n      description\n    }\n    referral {\n      townshipOffice\n      townshipReferredAt\n      policeStation\n      policeReferredAt\n      missingRecipients\n    }\n    closingReason\n    closingNote\n    closedAt\n    followUps {\n      id\n      followedUpAt\n      outcome\n      note\n      recordedByName\n      recordedAt\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n      }\n    }\n    viewerCan {\n      recordFollowUp\n      close\n      readPersonalData\n      needsReferral\n      closingReasons\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RiskSubject($id: ID!) {\n    riskSubject(id: $id) {\n      ...RiskSubjectFields\n    }\n  }\n',
): (typeof documents)['\n  query RiskSubject($id: ID!) {\n    riskSubject(id: $id) {\n      ...RiskSubjectFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRiskSubject($input: RecordRiskSubjectInput!) {\n    recordRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRiskSubject($input: RecordRiskSubjectInput!) {\n    recordRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRiskFollowUp($input: RecordRiskFollowUpInput!) {\n    recordRiskFollowUp(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRiskFollowUp($input: RecordRiskFollowUpInput!) {\n    recordRiskFollowUp(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseRiskSubject($input: CloseRiskSubjectInput!) {\n    closeRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseRiskSubject($input: CloseRiskSubjectInput!) {\n    closeRiskSubject(input: $input) {\n      __typename\n      ... on RiskSubject {\n        ...RiskSubjectFields\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ErrorResult {\n        code\n      }\n      ... on RiskSubjectStateError {\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TipSchools {\n    tipSchools {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query TipSchools {\n    tipSchools {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TipChallenge {\n    tipChallenge {\n      challenge\n      difficulty\n    }\n  }\n',
): (typeof documents)['\n  query TipChallenge {\n    tipChallenge {\n      challenge\n      difficulty\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      __typename\n      ... on TipReceipt {\n        tipCode\n        passphrase\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitTip($input: SubmitTipInput!) {\n    submitTip(input: $input) {\n      __typename\n      ... on TipReceipt {\n        tipCode\n        passphrase\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TipThreadFields on TipThread {\n    tipCode\n    status\n    category\n    submittedAt\n    description\n    canReply\n    messages {\n      author\n      body\n      sentAt\n    }\n  }\n',
): (typeof documents)['\n  fragment TipThreadFields on TipThread {\n    tipCode\n    status\n    category\n    submittedAt\n    description\n    canReply\n    messages {\n      author\n      body\n      sentAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TipThread($code: String!, $passphrase: String!) {\n    tipThread(code: $code, passphrase: $passphrase) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TipThread($code: String!, $passphrase: String!) {\n    tipThread(code: $code, passphrase: $passphrase) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToTip($input: ReplyToTipInput!) {\n    replyToTip(input: $input) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplyToTip($input: ReplyToTipInput!) {\n    replyToTip(input: $input) {\n      __typename\n      ...TipThreadFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n      ... on TipRateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tips($status: TipStatus) {\n    tips(status: $status, first: 100) {\n      id\n      tipCode\n      category\n      isConfidential\n      school\n      status\n      submittedAt\n      lastMessageAt\n      awaiting\n    }\n  }\n',
): (typeof documents)['\n  query Tips($status: TipStatus) {\n    tips(status: $status, first: 100) {\n      id\n      tipCode\n      category\n      isConfidential\n      school\n      status\n      submittedAt\n      lastMessageAt\n      awaiting\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TipFields on Tip {\n    id\n    tipCode\n    category\n    isConfidential\n    school\n    institutionId\n    status\n    submittedAt\n    lastMessageAt\n    awaiting\n    happenedWhen\n    description\n    contact\n    caseId\n    ruleIds\n    messages {\n      author\n      body\n      sentAt\n    }\n    viewerCan {\n      answer\n      close\n      convert\n    }\n  }\n',
): (typeof documents)['\n  fragment TipFields on Tip {\n    id\n    tipCode\n    category\n    isConfidential\n    school\n    institutionId\n    status\n    submittedAt\n    lastMessageAt\n    awaiting\n    happenedWhen\n    description\n    contact\n    caseId\n    ruleIds\n    messages {\n      author\n      body\n      sentAt\n    }\n    viewerCan {\n      answer\n      close\n      convert\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tip($id: ID!) {\n    tip(id: $id) {\n      ...TipFields\n    }\n  }\n',
): (typeof documents)['\n  query Tip($id: ID!) {\n    tip(id: $id) {\n      ...TipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerTip($input: AnswerTipInput!) {\n    answerTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerTip($input: AnswerTipInput!) {\n    answerTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n        limit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseTip($input: CloseTipInput!) {\n    closeTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseTip($input: CloseTipInput!) {\n    closeTip(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConvertTipToCase($input: ConvertTipToCaseInput!) {\n    convertTipToCase(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ReportingTimeError {\n        problem\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConvertTipToCase($input: ConvertTipToCaseInput!) {\n    convertTipToCase(input: $input) {\n      __typename\n      ...TipFields\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on ReportingTimeError {\n        problem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingViewer {\n    trainingViewer {\n      canRecordSession\n      ownInstitutionId\n      canViewOverview\n    }\n  }\n',
): (typeof documents)['\n  query TrainingViewer {\n    trainingViewer {\n      canRecordSession\n      ownInstitutionId\n      canViewOverview\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSessions($topic: TrainingTopic) {\n    trainingSessions(topic: $topic) {\n      id\n      topic\n      heldAt\n      trainer\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n    }\n  }\n',
): (typeof documents)['\n  query TrainingSessions($topic: TrainingTopic) {\n    trainingSessions(topic: $topic) {\n      id\n      topic\n      heldAt\n      trainer\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      topic\n      heldAt\n      trainer\n      materials\n      organiserInstitutionId\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n      viewerCan {\n        editSession\n        recordAttendance\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      topic\n      heldAt\n      trainer\n      materials\n      organiserInstitutionId\n      organiserInstitutionName\n      organiserUnit\n      attendeeCount\n      viewerCan {\n        editSession\n        recordAttendance\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSessionRegister($sessionId: ID!, $institutionId: ID, $search: String) {\n    trainingSessionRegister(sessionId: $sessionId, institutionId: $institutionId, search: $search) {\n      staffId\n      name\n      role\n      employmentType\n      post\n      isPresent\n    }\n  }\n',
): (typeof documents)['\n  query TrainingSessionRegister($sessionId: ID!, $institutionId: ID, $search: String) {\n    trainingSessionRegister(sessionId: $sessionId, institutionId: $institutionId, search: $search) {\n      staffId\n      name\n      role\n      employmentType\n      post\n      isPresent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCoverage($institutionId: ID!, $topic: TrainingTopic!) {\n    trainingCoverage(institutionId: $institutionId, topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n      ruleIds\n      untrained {\n        staffId\n        name\n        role\n        post\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCoverage($institutionId: ID!, $topic: TrainingTopic!) {\n    trainingCoverage(institutionId: $institutionId, topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n      ruleIds\n      untrained {\n        staffId\n        name\n        role\n        post\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCoverageOverview($topic: TrainingTopic!) {\n    trainingCoverageOverview(topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCoverageOverview($topic: TrainingTopic!) {\n    trainingCoverageOverview(topic: $topic) {\n      institutionId\n      institutionName\n      audienceCount\n      coveredCount\n      share\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {\n    recordTrainingSession(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {\n    recordTrainingSession(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n        attendeeCount\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n      ... on TrainingNotFoundError {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      __typename\n      ... on TrainingSession {\n        id\n        attendeeCount\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on TrainingForbiddenError {\n        code\n      }\n      ... on TrainingNotFoundError {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      eventTypes\n      createdAt\n      unsubscribedAt\n      pendingCount\n      failedCount\n      viewerCan {\n        unsubscribe\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookSubscriptions {\n    webhookSubscriptions {\n      id\n      clientId\n      url\n      eventTypes\n      createdAt\n      unsubscribedAt\n      pendingCount\n      failedCount\n      viewerCan {\n        unsubscribe\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attemptCount\n          createdAt\n          deliveredAt\n          attempts {\n            attemptedAt\n            httpStatus\n            responseMs\n            error\n            isReplay\n          }\n          viewerCan {\n            replay\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          eventType\n          status\n          attemptCount\n          createdAt\n          deliveredAt\n          attempts {\n            attemptedAt\n            httpStatus\n            responseMs\n            error\n            isReplay\n          }\n          viewerCan {\n            replay\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubscribeWebhook($input: SubscribeWebhookInput!) {\n    subscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscriptionCreated {\n        secret\n        subscription {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubscribeWebhook($input: SubscribeWebhookInput!) {\n    subscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscriptionCreated {\n        secret\n        subscription {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnsubscribeWebhook($input: UnsubscribeWebhookInput!) {\n    unsubscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscription {\n        id\n        unsubscribedAt\n        viewerCan {\n          unsubscribe\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnsubscribeWebhook($input: UnsubscribeWebhookInput!) {\n    unsubscribeWebhook(input: $input) {\n      __typename\n      ... on WebhookSubscription {\n        id\n        unsubscribedAt\n        viewerCan {\n          unsubscribe\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n    replayWebhookDelivery(input: $input) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookClientChoices {\n    apiClients {\n      id\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query WebhookClientChoices {\n    apiClients {\n      id\n      name\n      status\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
