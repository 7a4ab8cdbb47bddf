/** Routes of the foundation: public pages, home, account, administration, module placeholders. */
import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { ComingSoon } from '../components/ComingSoon';
import { AccountPage } from '../features/account/AccountPage';
import { AuditPage } from '../features/admin/AuditPage';
import { JobsPage } from '../features/admin/JobsPage';
import { OfficesPage } from '../features/admin/OfficesPage';
import { OutboxPage } from '../features/admin/OutboxPage';
import { UsersPage } from '../features/admin/UsersPage';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { ForgotPasswordPage, ResetPasswordPage } from '../features/auth/ResetPages';
import { SetupPage } from '../features/auth/SetupPage';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { appLayout, publicLayout, requireRoles } from './layouts';

const tokenSearch = z.object({ token: z.string().optional() });

export const publicRoutes = [
  createRoute({ getParentRoute: () => publicLayout, path: '/sign-in', validateSearch: z.object({ redirect: z.string().optional() }), component: SignInPage }),
  createRoute({ getParentRoute: () => publicLayout, path: '/setup', validateSearch: tokenSearch, component: SetupPage }),
  createRoute({ getParentRoute: () => publicLayout, path: '/accept-invite', validateSearch: tokenSearch, component: AcceptInvitePage }),
  createRoute({ getParentRoute: () => publicLayout, path: '/forgot-password', component: ForgotPasswordPage }),
  createRoute({ getParentRoute: () => publicLayout, path: '/reset-password', validateSearch: tokenSearch, component: ResetPasswordPage }),
];

const admin = requireRoles(['admin']);

export const coreAppRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/', component: HomePage }),
  createRoute({ getParentRoute: () => appLayout, path: '/account', component: AccountPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/admin/users', beforeLoad: admin, component: UsersPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/admin/offices', beforeLoad: admin, component: OfficesPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/admin/audit', beforeLoad: admin, component: AuditPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/admin/jobs', beforeLoad: admin, component: JobsPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/admin/outbox', beforeLoad: admin, component: OutboxPage }),
];

/** Modules whose pages are still to come show a placeholder; each module replaces its entry. */
export function placeholderRoute(module: string) {
  return createRoute({ getParentRoute: () => appLayout, path: `/${module}`, component: () => <ComingSoon module={module} /> });
}
