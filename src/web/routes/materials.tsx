/** Raw materials: catalogue, criticality, what-if, CRMA benchmarks, member coverage, battery chain, datasets. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { appLayout, requireRoles } from './layouts';

export const materialsLayout = createRoute({
  getParentRoute: () => appLayout,
  path: '/materials',
  beforeLoad: requireRoles(['admin', 'staff', 'finance', 'member']),
  component: lazyRouteComponent(() => import('../features/materials/MaterialsLayout'), 'MaterialsLayout'),
});

const parent = () => materialsLayout;

export const materialsRoutes = materialsLayout.addChildren([
  createRoute({
    getParentRoute: parent,
    path: '/',
    validateSearch: z.object({ view: z.enum(['catalogue', 'names']).optional() }),
    component: lazyRouteComponent(() => import('../features/materials/CataloguePage'), 'CataloguePage'),
  }),
  createRoute({ getParentRoute: parent, path: 'criticality', component: lazyRouteComponent(() => import('../features/materials/CriticalityPage'), 'CriticalityPage') }),
  createRoute({
    getParentRoute: parent,
    path: 'what-if',
    validateSearch: z.object({ scenario: z.string().optional(), material: z.string().optional() }),
    component: lazyRouteComponent(() => import('../features/materials/WhatIfPage'), 'WhatIfPage'),
  }),
  createRoute({ getParentRoute: parent, path: 'benchmarks', component: lazyRouteComponent(() => import('../features/materials/BenchmarksPage'), 'BenchmarksPage') }),
  createRoute({
    getParentRoute: parent,
    path: 'coverage',
    validateSearch: z.object({ scope: z.enum(['crma', 'strategic', 'battery', 'mapped', 'all']).optional() }),
    component: lazyRouteComponent(() => import('../features/materials/CoveragePage'), 'CoveragePage'),
  }),
  createRoute({ getParentRoute: parent, path: 'battery', component: lazyRouteComponent(() => import('../features/materials/BatteryPage'), 'BatteryPage') }),
  createRoute({ getParentRoute: parent, path: 'datasets', component: lazyRouteComponent(() => import('../features/materials/DatasetsPage'), 'DatasetsPage') }),
  createRoute({ getParentRoute: parent, path: '$materialId', component: lazyRouteComponent(() => import('../features/materials/MaterialPage'), 'MaterialPage') }),
]);
