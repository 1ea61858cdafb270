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
      {
        Component: RequireAuth,
        children: [
          { index: true, lazy: () => import('./routes/home') },
          { path: paths.profile.pattern, lazy: () => import('./routes/profile') },
          { path: paths.newCohort.pattern, lazy: () => import('./routes/new-cohort') },
          { path: paths.manageCohort.pattern, lazy: () => import('./routes/manage-cohort') },
          { path: paths.schedule.pattern, lazy: () => import('./routes/schedule') },
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
