/** Routes of the members registry: directory, record, value-chain map, import, fees; the public directory. */
import { createRoute, lazyRouteComponent, useParams, useSearch } from '@tanstack/react-router';
import { z } from 'zod';
import { directorySearchSchema, type DirectorySearch } from '../features/organisations/search';
import { MembersPage } from '../features/organisations/MembersPage';
import { PublicDirectoryPage, PublicShell } from '../features/organisations/PublicDirectoryPage';
import { appLayout, requireRoles, rootRoute } from './layouts';

const staffOnly = requireRoles(['admin', 'staff', 'finance']);
const useDirectorySearch = () => useSearch({ strict: false }) as DirectorySearch;
const writers = requireRoles(['admin', 'staff']);

const membersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/members',
  validateSearch: directorySearchSchema,
  component: function Members() {
    return <MembersPage search={useDirectorySearch()} />;
  },
});

const OrganisationPage = lazyRouteComponent(() => import('../features/organisations/OrganisationPage'), 'OrganisationPage');
const organisationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/members/$id',
  params: { parse: (p) => ({ id: z.uuid().parse(p.id) }), stringify: (p) => p },
  component: function Organisation() {
    const { id } = useParams({ strict: false }) as { id: string };
    return <OrganisationPage id={id} />;
  },
});

const ValueChainPage = lazyRouteComponent(() => import('../features/organisations/ValueChainPage'), 'ValueChainPage');
const mapRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/members/map',
  beforeLoad: staffOnly,
  validateSearch: directorySearchSchema,
  component: function Map() {
    return <ValueChainPage search={useDirectorySearch()} />;
  },
});

const ImportPage = lazyRouteComponent(() => import('../features/organisations/ImportPage'), 'ImportPage');
const FeesPage = lazyRouteComponent(() => import('../features/organisations/FeesPage'), 'FeesPage');

export const organisationAppRoutes = [
  membersRoute,
  mapRoute,
  createRoute({ getParentRoute: () => appLayout, path: '/members/import', beforeLoad: writers, component: ImportPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/members/fees', beforeLoad: staffOnly, component: FeesPage }),
  organisationRoute,
];

const publicShell = createRoute({ getParentRoute: () => rootRoute, id: 'directory-shell', component: PublicShell });
const publicDirectoryRoute = createRoute({
  getParentRoute: () => publicShell,
  path: '/directory',
  validateSearch: directorySearchSchema,
  component: function Directory() {
    return <PublicDirectoryPage search={useDirectorySearch()} />;
  },
});

export const publicDirectoryTree = publicShell.addChildren([publicDirectoryRoute]);
