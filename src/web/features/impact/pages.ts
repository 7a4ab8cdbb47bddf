/** The impact pages, loaded together in one chunk the first time the section opens. */
export { DashboardPage } from './DashboardPage';
export { FactorsPage } from './FactorsPage';
export { MeasurePage } from './MeasurePage';
export { MeasuresPage } from './MeasuresPage';
export { MeterPage } from './MeterPage';
export { MetersPage } from './MetersPage';
export { OrganisationPage } from './OrganisationPage';
export { SitePage } from './SitePage';
