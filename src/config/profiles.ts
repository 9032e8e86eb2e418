/**
 * Where a tenant's surfaces live and how they authenticate. The seed guide's surface is the
 * default; the vendor's real surface (see shared/docs/vendor-facts.md) is one setting away.
 */
export type ProfileName = 'seed' | 'v2';

/** How the REST API wants the key: `X-API-Key` header, `apiKey` query parameter, or Bearer. */
export type RestAuthStyle = 'header' | 'query' | 'bearer';
/** How the GraphQL endpoint wants the key. */
export type GraphqlAuthStyle = 'header' | 'query';

export interface SurfaceProfile {
  name: ProfileName;
  restBasePath: string;
  restAuth: RestAuthStyle;
  graphqlPath: string;
  graphqlAuth: GraphqlAuthStyle;
}

export const PROFILES: Readonly<Record<ProfileName, SurfaceProfile>> = {
  seed: {
    name: 'seed',
    restBasePath: '/incoming/api/v1',
    restAuth: 'header',
    graphqlPath: '/incoming/api/graphql',
    graphqlAuth: 'header',
  },
  v2: {
    name: 'v2',
    restBasePath: '/incoming/v2',
    restAuth: 'bearer',
    graphqlPath: '/helium',
    graphqlAuth: 'query',
  },
};
