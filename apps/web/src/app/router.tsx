import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireAuth } from './layout/RequireAuth';
import { RouteError } from './routes/route-error';
import { RouteLoading } from './routes/route-loading';
import { Component as SignInRoute } from './routes/sign-in';
import { paths } from '@/paths';

/**
 * Every page but sign-in is its own chunk, loaded on first visit (`lazy`), so the entry
 * bundle is the shell and the sign-in form.
 */
export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: RouteLoading,
    children: [
      { path: paths.signIn.pattern, Component: SignInRoute },
      { path: paths.signUp.pattern, lazy: () => import('./routes/sign-up') },
      { path: paths.forgotPassword.pattern, lazy: () => import('./routes/forgot-password') },
      { path: paths.resetPassword.pattern, lazy: () => import('./routes/reset-password') },
      { path: paths.chapter.pattern, lazy: () => import('./routes/chapter') },
      { path: paths.acceptInvitation.pattern, lazy: () => import('./routes/accept-invitation') },
      { path: paths.catalog.pattern, lazy: () => import('./routes/catalog') },
      { path: paths.cohort.pattern, lazy: () => import('./routes/cohort') },
      { path: paths.verifyCertificate.pattern, lazy: () => import('./routes/verify-certificate') },
      {
        Component: RequireAuth,
        children: [
          { index: true, lazy: () => import('./routes/home') },
          { path: paths.profile.pattern, lazy: () => import('./routes/profile') },
          { path: paths.newCohort.pattern, lazy: () => import('./routes/new-cohort') },
          { path: paths.manageCohort.pattern, lazy: () => import('./routes/manage-cohort') },
          { path: paths.schedule.pattern, lazy: () => import('./routes/schedule') },
          { path: paths.cohortSession.pattern, lazy: () => import('./routes/cohort-session') },
          { path: paths.planSession.pattern, lazy: () => import('./routes/plan-session') },
          { path: paths.agendaItem.pattern, lazy: () => import('./routes/agenda-item') },
          { path: paths.library.pattern, lazy: () => import('./routes/library') },
          { path: paths.newMaterial.pattern, lazy: () => import('./routes/new-material') },
          { path: paths.material.pattern, lazy: () => import('./routes/material') },
          { path: paths.assignment.pattern, lazy: () => import('./routes/assignment') },
          { path: paths.gradeAssignment.pattern, lazy: () => import('./routes/grade-assignment') },
          { path: paths.gradebook.pattern, lazy: () => import('./routes/gradebook') },
          { path: paths.todo.pattern, lazy: () => import('./routes/todo') },
          { path: paths.sessionRoster.pattern, lazy: () => import('./routes/session-roster') },
          { path: paths.cohortAttendance.pattern, lazy: () => import('./routes/cohort-attendance') },
          { path: paths.zoomImport.pattern, lazy: () => import('./routes/zoom-import') },
          { path: paths.ceLedger.pattern, lazy: () => import('./routes/ce-ledger') },
          { path: paths.eligibility.pattern, lazy: () => import('./routes/eligibility') },
          { path: paths.credentialRules.pattern, lazy: () => import('./routes/credential-rules') },
          { path: paths.questions.pattern, lazy: () => import('./routes/questions') },
          { path: paths.newQuestion.pattern, lazy: () => import('./routes/question') },
          { path: paths.questionImport.pattern, lazy: () => import('./routes/question-import') },
          { path: paths.question.pattern, lazy: () => import('./routes/question') },
          { path: paths.attempt.pattern, lazy: () => import('./routes/attempt') },
          { path: paths.mockExam.pattern, lazy: () => import('./routes/mock-exam') },
          { path: paths.readiness.pattern, lazy: () => import('./routes/readiness') },
          { path: paths.cohortReadiness.pattern, lazy: () => import('./routes/cohort-readiness') },
          { path: paths.taxonomy.pattern, lazy: () => import('./routes/taxonomy') },
          { path: paths.outbox.pattern, lazy: () => import('./routes/outbox') },
        ],
      },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
