import { PROFILES } from '../config/index.js';
import { SANDBOX_PASSWORD } from './store/index.js';
import type { Sandbox } from './types.js';

/** What the CLI's ready line says about a running sandbox. */
export interface SandboxDescription {
  url: string;
  apiKey: string;
  tenant: string;
  profile: string;
  restBase: string;
  graphql: string;
  /** The other surface, so both are one copy-paste away. */
  alternate: { profile: string; restBase: string; graphql: string };
  /** Password of every seeded user (for Login). */
  userPassword: string;
  users: number;
  tenants: string[];
}

export function describeSandbox(sandbox: Sandbox): SandboxDescription {
  const main = PROFILES[sandbox.profile];
  const other = PROFILES[sandbox.profile === 'seed' ? 'v2' : 'seed'];
  return {
    url: sandbox.url,
    apiKey: sandbox.apiKey,
    tenant: sandbox.tenant,
    profile: sandbox.profile,
    restBase: `${sandbox.url}${main.restBasePath}`,
    graphql: `${sandbox.url}${main.graphqlPath}`,
    alternate: { profile: other.name, restBase: `${sandbox.url}${other.restBasePath}`, graphql: `${sandbox.url}${other.graphqlPath}` },
    userPassword: SANDBOX_PASSWORD,
    users: sandbox.tenantByName(sandbox.tenant)!.store.userCount,
    tenants: sandbox.tenants.map((t) => t.name),
  };
}
