/**
 * Introspects the tenant through the gateway's own tenant client: the call draws from the tenant
 * budget like every other (a poll never starves requests of their share, nor exceeds the vendor's
 * limit), and goes over the same keep-alive pool.
 */
import { createHash } from 'node:crypto';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { SchemaError } from '../../errors/index.js';
import { parseGraphqlResponse, type TenantHttp } from '../../tenant/index.js';

const QUERY = JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, directiveIsRepeatable: true, inputValueDeprecation: true }) });
/** For a server on an older graphql-js that refuses the two extensions above. */
const BASIC_QUERY = JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) });

export interface Introspected {
  /** SHA-256 of the response bytes: the same bytes as last time is the same schema, nothing to build. */
  bytesHash: string;
  /** Builds the schema (only when the bytes changed: building costs ~100 ms of CPU). */
  schema(): GraphQLSchema;
}

export async function introspectThrough(http: Pick<TenantHttp, 'post'>, path: string): Promise<Introspected> {
  let result = await post(http, path, QUERY);
  if (!result.json.data && result.json.errors?.some((error) => /includeDeprecated|isRepeatable/.test(error.message ?? ''))) result = await post(http, path, BASIC_QUERY);
  const { data, errors } = result.json;
  if (!data?.__schema) {
    throw new SchemaError(`the tenant's introspection at ${path} returned no schema${errors?.[0]?.message ? `: ${errors[0].message}` : ''}`);
  }
  return { bytesHash: result.hash, schema: () => buildClientSchema(data) };
}

async function post(http: Pick<TenantHttp, 'post'>, path: string, body: string) {
  const response = await http.post(body);
  const json = parseGraphqlResponse(response, path) as { data?: IntrospectionQuery; errors?: Array<{ message?: string }> };
  return { json, hash: createHash('sha256').update(response.body).digest('hex') };
}
