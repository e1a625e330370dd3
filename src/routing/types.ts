import type { Route } from './routes.ts';

/** The route of one template, e.g. RouteOf<'story'> has `story`. */
export type RouteOf<T extends Route['template']> = Extract<Route, { template: T }>;
