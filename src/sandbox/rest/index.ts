export { userRoutes, v2Routes, pageParams, DEFAULT_PER_PAGE, MAX_PER_PAGE, type RestContext, type RestHandler, type RestResult } from './routes.js';
export { Router, type RouteLookup, type RouteMatch } from './router.js';
