import { createBrowserRouter, type RouteObject } from 'react-router';
import { loadMessages, loadShellMessages, readStoredLanguage } from '../i18n/i18n';
import { LoadingState } from '../shared/ui/loading-state';
import { PublicLayout } from './layout/public-layout';
import { ErrorPage } from './pages/error.page';
import { NotFoundPage } from './pages/not-found.page';
import { routePatterns } from './paths';
import { registerPrefetchRoutes } from './route-prefetch';

// Each page is its own chunk. The entry carries only the public frame and the error pages (plain
// elements, no MUI) and this table; the signed-in shell (MUI's theme, Apollo, guard, layout, bell, live
// socket) is a lazy chunk of its own, loaded with the first signed-in page (first paint, issue 14).
// Public pages drawn with MUI or using Apollo get the theme and the provider through withTheme and
// withApollo.
export const routes: RouteObject[] = [
  {
    ErrorBoundary: ErrorPage,
    HydrateFallback: LoadingState,
    children: [
      {
        Component: PublicLayout,
        children: [
          {
            path: routePatterns.signIn,
            // Without Apollo: the page loads it after painting (useLazyApolloClient).
            lazy: () =>
              import('../features/auth/pages/sign-in.page').then((m) => ({ Component: m.SignInPage })),
          },
          {
            path: routePatterns.tipLine,
            lazy: () =>
              Promise.all([
                import('../features/tips/pages/tip.page'),
                import('./apollo'),
                import('./themed'),
                loadMessages(readStoredLanguage()),
              ]).then(([page, apollo, themed]) => ({
                Component: apollo.withApollo(themed.withTheme(page.TipPage)),
              })),
          },
          {
            path: routePatterns.tipThread,
            lazy: () =>
              Promise.all([
                import('../features/tips/pages/tip-thread.page'),
                import('./apollo'),
                import('./themed'),
                loadMessages(readStoredLanguage()),
              ]).then(([page, apollo, themed]) => ({
                Component: apollo.withApollo(themed.withTheme(page.TipThreadPage)),
              })),
          },
          {
            path: routePatterns.setPassword,
            lazy: () =>
              Promise.all([
                import('../features/accounts/pages/set-password.page'),
                import('./apollo'),
                import('./themed'),
                loadMessages(readStoredLanguage()),
              ]).then(([page, apollo, themed]) => ({
                Component: apollo.withApollo(themed.withTheme(page.SetPasswordPage)),
              })),
          },
        ],
      },
      {
        // The shell waits for its own few messages; every page but the home for the full dictionary
        // (withFullMessages below), which the shell loads once the home has painted.
        lazy: () =>
          Promise.all([import('./layout/signed-in-shell'), loadShellMessages(readStoredLanguage())]).then(
            ([shell]) => ({ Component: shell.SignedInShell }),
          ),
        children: [
          {
            index: true,
            // The to-do list is asked for with the page's chunk, not after the shell renders (first paint).
            lazy: () =>
              Promise.all([import('../features/home/pages/home.page'), import('./apollo')]).then(
                ([page, apollo]) => {
                  page.prefetchMyWork(apollo.apolloClient);
                  return { Component: page.HomePage };
                },
              ),
          },
          {
            path: routePatterns.institutions,
            lazy: () =>
              import('../features/institutions/pages/institutions.page').then((m) => ({
                Component: m.InstitutionsPage,
              })),
          },
          {
            path: routePatterns.institution,
            lazy: () =>
              import('../features/institutions/pages/institution.page').then((m) => ({
                Component: m.InstitutionPage,
              })),
          },
          {
            path: routePatterns.matrix,
            lazy: () =>
              import('../features/matrix/pages/matrix.page').then((m) => ({ Component: m.MatrixPage })),
          },
          {
            path: routePatterns.audit,
            lazy: () =>
              import('../features/audit/pages/audit.page').then((m) => ({ Component: m.AuditPage })),
          },
          {
            path: routePatterns.inspections,
            lazy: () =>
              import('../features/inspections/pages/inspections.page').then((m) => ({
                Component: m.InspectionsPage,
              })),
          },
          {
            path: routePatterns.inspectionCampaign,
            lazy: () =>
              import('../features/inspections/pages/inspection-campaign.page').then((m) => ({
                Component: m.InspectionCampaignPage,
              })),
          },
          {
            path: routePatterns.inspection,
            lazy: () =>
              import('../features/inspections/pages/inspection.page').then((m) => ({
                Component: m.InspectionPage,
              })),
          },
          {
            path: routePatterns.hazards,
            lazy: () =>
              import('../features/inspections/pages/hazards.page').then((m) => ({
                Component: m.HazardsPage,
              })),
          },
          {
            path: routePatterns.hazard,
            lazy: () =>
              import('../features/inspections/pages/hazard.page').then((m) => ({ Component: m.HazardPage })),
          },
          {
            path: routePatterns.assessments,
            lazy: () =>
              import('../features/assessment/pages/assessment-periods.page').then((m) => ({
                Component: m.AssessmentPeriodsPage,
              })),
          },
          {
            path: routePatterns.assessment,
            lazy: () =>
              import('../features/assessment/pages/assessment-period.page').then((m) => ({
                Component: m.AssessmentPeriodPage,
              })),
          },
          {
            path: routePatterns.institutionAssessment,
            lazy: () =>
              import('../features/assessment/pages/institution-assessment.page').then((m) => ({
                Component: m.InstitutionAssessmentPage,
              })),
          },
          {
            path: routePatterns.surroundings,
            lazy: () =>
              import('../features/surroundings/pages/surroundings.page').then((m) => ({
                Component: m.SurroundingsPage,
              })),
          },
          {
            path: routePatterns.riskSubject,
            lazy: () =>
              import('../features/surroundings/pages/risk-subject.page').then((m) => ({
                Component: m.RiskSubjectPage,
              })),
          },
          {
            path: routePatterns.preventionGaps,
            lazy: () =>
              import('../features/care-gaps/pages/prevention-gaps.page').then((m) => ({
                Component: m.PreventionGapsPage,
              })),
          },
          {
            path: routePatterns.places,
            lazy: () =>
              import('../features/places/pages/places.page').then((m) => ({ Component: m.PlacesPage })),
          },
          {
            path: routePatterns.dormDoor,
            lazy: () =>
              import('../features/dorms/pages/dorm-door.page').then((m) => ({ Component: m.DormDoorPage })),
          },
          {
            path: routePatterns.classes,
            lazy: () =>
              import('../features/classes/pages/classes.page').then((m) => ({ Component: m.ClassesPage })),
          },
          {
            path: routePatterns.careRecords,
            lazy: () =>
              import('../features/care-records/pages/care-records.page').then((m) => ({
                Component: m.CareRecordsPage,
              })),
          },
          {
            path: routePatterns.training,
            lazy: () =>
              import('../features/training/pages/training.page').then((m) => ({ Component: m.TrainingPage })),
          },
          {
            path: routePatterns.trainingSession,
            lazy: () =>
              import('../features/training/pages/training-session.page').then((m) => ({
                Component: m.TrainingSessionPage,
              })),
          },
          {
            path: routePatterns.trainingCoverage,
            lazy: () =>
              import('../features/training/pages/training-coverage.page').then((m) => ({
                Component: m.TrainingCoveragePage,
              })),
          },
          {
            path: routePatterns.dormEntries,
            lazy: () =>
              import('../features/dorms/pages/dorm-entries.page').then((m) => ({
                Component: m.DormEntriesPage,
              })),
          },
          {
            path: routePatterns.developer,
            lazy: () =>
              import('../features/developer/pages/developer.page').then((m) => ({
                Component: m.DeveloperPage,
              })),
          },
          {
            path: routePatterns.childFiles,
            lazy: () =>
              import('../features/child-files/pages/child-files.page').then((m) => ({
                Component: m.ChildFilesPage,
              })),
          },
          {
            path: routePatterns.childFile,
            lazy: () =>
              import('../features/child-files/pages/child-file.page').then((m) => ({
                Component: m.ChildFilePage,
              })),
          },
          {
            path: routePatterns.staff,
            lazy: () =>
              import('../features/staff/pages/staff-list.page').then((m) => ({ Component: m.StaffListPage })),
          },
          {
            path: routePatterns.staffNew,
            lazy: () =>
              import('../features/staff/pages/add-staff.page').then((m) => ({ Component: m.AddStaffPage })),
          },
          {
            path: routePatterns.staffImport,
            lazy: () =>
              import('../features/staff/pages/staff-import.page').then((m) => ({
                Component: m.StaffImportPage,
              })),
          },
          {
            path: routePatterns.staffDue,
            lazy: () =>
              import('../features/staff/pages/due-checks.page').then((m) => ({ Component: m.DueChecksPage })),
          },
          {
            path: routePatterns.staffMisconduct,
            lazy: () =>
              import('../features/staff/pages/misconduct-cases.page').then((m) => ({
                Component: m.MisconductCasesPage,
              })),
          },
          {
            path: routePatterns.staffMember,
            lazy: () =>
              import('../features/staff/pages/staff-member.page').then((m) => ({
                Component: m.StaffMemberPage,
              })),
          },
          {
            path: routePatterns.report,
            lazy: () =>
              import('../features/incidents/pages/report.page').then((m) => ({ Component: m.ReportPage })),
          },
          {
            path: routePatterns.cases,
            lazy: () =>
              import('../features/incidents/pages/cases.page').then((m) => ({ Component: m.CasesPage })),
          },
          {
            path: routePatterns.case,
            lazy: () =>
              import('../features/incidents/pages/case.page').then((m) => ({ Component: m.CasePage })),
          },
          {
            path: routePatterns.accounts,
            lazy: () =>
              import('../features/accounts/pages/accounts.page').then((m) => ({ Component: m.AccountsPage })),
          },
          {
            path: routePatterns.apiClients,
            lazy: () =>
              import('../features/api-clients/pages/api-clients.page').then((m) => ({
                Component: m.ApiClientsPage,
              })),
          },
          {
            path: routePatterns.accountsImportHeads,
            lazy: () =>
              import('../features/accounts/pages/import-head-accounts.page').then((m) => ({
                Component: m.ImportHeadAccountsPage,
              })),
          },
          {
            path: routePatterns.outbox,
            lazy: () =>
              import('../features/outbox/pages/outbox.page').then((m) => ({ Component: m.OutboxPage })),
          },
          {
            path: routePatterns.webhooks,
            lazy: () =>
              import('../features/webhooks/pages/webhooks.page').then((m) => ({ Component: m.WebhooksPage })),
          },
          {
            path: routePatterns.oversight,
            lazy: () =>
              import('../features/oversight/pages/oversight.page').then((m) => ({
                Component: m.OversightPage,
              })),
          },
          {
            path: routePatterns.institutionRecord,
            lazy: () =>
              import('../features/oversight/pages/institution-record.page').then((m) => ({
                Component: m.InstitutionRecordPage,
              })),
          },
          {
            path: routePatterns.tips,
            lazy: () => import('../features/tips/pages/tips.page').then((m) => ({ Component: m.TipsPage })),
          },
          {
            path: routePatterns.tip,
            lazy: () =>
              import('../features/tips/pages/tip-detail.page').then((m) => ({ Component: m.TipDetailPage })),
          },
          {
            path: routePatterns.security,
            lazy: () =>
              import('../features/auth/pages/security.page').then((m) => ({ Component: m.SecurityPage })),
          },
        ].map(withFullMessages),
      },
      { path: routePatterns.notFound, Component: NotFoundPage },
    ],
  },
];

/** A signed-in page but the home: its chunk and the full dictionary, loaded together. */
function withFullMessages(route: RouteObject): RouteObject {
  const { lazy } = route;
  if (route.index || typeof lazy !== 'function') return route;
  return {
    ...route,
    lazy: () => Promise.all([lazy(), loadMessages(readStoredLanguage())]).then(([loaded]) => loaded),
  };
}

export function createAppRouter() {
  registerPrefetchRoutes(routes);
  return createBrowserRouter(routes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
