/** How ti-graph reaches a tenant: its REST API (and, alongside, its GraphQL API). */
export * from './rest/index.js';
export * from './graphql/index.js';
