/**
 * `ti-graph drift` without the CLI: resolve the inputs (defaults: the committed tenant snapshot,
 * the live tenant, `operations/`), run the check, optionally accept the target as the new snapshot.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/index.js';
import { InputError } from '../errors/index.js';
import { resolveSnapshotPath, VENDOR_SNAPSHOT_DIR } from '../schema/index.js';
import { checkDrift } from './check.js';
import { loadDocuments } from './documents.js';
import { loadManifestOperations } from './manifests.js';
import { applyGatewayAdditions, gatewayAdditions, hasAllAdditions, usesGatewayAdditions } from './gateway-additions.js';
import type { DriftReport } from './report.js';
import { isUrl, loadSchemaSource, resolveSchemaPath, tenantGraphqlUrl, type LoadedSchema } from './schema-source.js';
import { updateSnapshot, type UpdatedSnapshot } from './update-snapshot.js';

export const DEFAULT_BASE = 'schema/tenant.graphql';
export const DEFAULT_DOCUMENTS = ['operations/**/*.graphql'];
/** The gateway's committed schema: with the default base, operations are judged as it serves them. */
export const DEFAULT_GATEWAY = 'schema/unified.graphql';
/**
 * The schemas shipped with ti-graph (the package's `schema/`; in this checkout, the repo's own):
 * an app's folder has no snapshots of its own, so these are its defaults.
 */
export const PACKAGED_UNIFIED_SCHEMA = join(dirname(VENDOR_SNAPSHOT_DIR), 'unified.graphql');
const PACKAGED_TENANT_SCHEMA = join(dirname(VENDOR_SNAPSHOT_DIR), 'tenant.graphql');
/** How reports name the packaged unified schema (its export name), wherever it is installed. */
const PACKAGED_LABEL = 'ti-graph/schema.graphql';

export interface DriftRunOptions {
  cwd: string;
  config: Config;
  /** Committed snapshot; DEFAULT_BASE when absent. */
  base?: string;
  /** File, vendor snapshot date or URL; the configured tenant's GraphQL endpoint when absent. */
  target?: string;
  /** Extra globs, on top of DEFAULT_DOCUMENTS unless `defaultDocuments` is false. */
  documents?: string[];
  defaultDocuments?: boolean;
  strict?: boolean;
  /**
   * A unified schema whose additions over the base (the gateway's fields and types) are applied to
   * both sides, so operations written for the gateway can be judged against tenant schemas.
   * Default: DEFAULT_GATEWAY when the base is the default and that file exists; `none` turns it off.
   */
  gateway?: string;
  /** Trusted-documents manifests (files or folders, one per app): their operations are judged too, named `app/operation`. */
  manifests?: string[];
  /** Write the target over the base snapshot after the check. */
  update?: boolean;
  /** Headers for a URL target that is a ti-graph gateway (its bearer token) instead of the tenant key. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface DriftRunResult {
  report: DriftReport;
  updated?: UpdatedSnapshot;
}

export async function runDrift(options: DriftRunOptions): Promise<DriftRunResult> {
  const { cwd, config } = options;
  const localTenant = existsSync(resolve(cwd, DEFAULT_BASE));
  // An app's folder (no schema/ of its own): its documents were written against the unified graph.
  const baseRef = options.base ?? (localTenant ? DEFAULT_BASE : PACKAGED_UNIFIED_SCHEMA);
  if (isUrl(baseRef)) throw new InputError('--base must be a snapshot file, not a URL (the target may be a URL)', 'base');
  const targetRef = options.target ?? tenantGraphqlUrl(config);
  if (!targetRef) {
    throw new InputError(
      'no --target and no tenant configured: pass --target FILE|URL, or set TI_BASE_URL (or TI_SUBDOMAIN) and TI_API_KEY to check the live tenant',
      'target',
    );
  }
  const globbed = loadDocuments({
    explicit: options.documents ?? [],
    optional: options.defaultDocuments === false ? [] : DEFAULT_DOCUMENTS,
    cwd,
  });
  const registered = options.manifests?.length ? await loadManifestOperations(options.manifests.map((path) => resolve(cwd, path))) : [];
  // Each finding names its app: the operation is `storefront/Provision`, from `storefront.json#<id>`.
  const documents = {
    ...globbed,
    files: [...globbed.files, ...new Set(registered.map((operation) => operation.unit.file))],
    units: [...globbed.units, ...registered.map(({ app, unit }) => ({ ...unit, name: `${app}/${unit.name}` }))],
    operationCount: globbed.operationCount + registered.length,
  };
  const sourceContext = { cwd, config, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.headers ? { headers: options.headers } : {}) };
  const target = await loadSchemaSource(targetRef, sourceContext);

  const basePath = locateBase(baseRef, cwd);
  if (options.update && (basePath?.vendor || baseRef === PACKAGED_UNIFIED_SCHEMA)) {
    throw new InputError(
      basePath?.vendor
        ? `--update would overwrite the vendor snapshot ${baseRef}; vendor snapshots are never edited, pass --base FILE`
        : '--update would overwrite the unified schema shipped in ti-graph; it is never edited, pass --base FILE',
      'base',
    );
  }
  if (!basePath && !options.update) {
    throw new InputError(`base snapshot ${baseRef} does not exist: pass --base FILE, or run with --update to create it from the target`, 'base');
  }
  // No snapshot yet (--update creates it): the check is the target against itself.
  const base: LoadedSchema = basePath ? await loadSchemaSource(basePath.path, { cwd, config }) : target;
  if (basePath?.path === PACKAGED_UNIFIED_SCHEMA && !localTenant) base.label = PACKAGED_LABEL;

  let baseSchema = base.schema;
  let targetSchema = target.schema;
  let gatewayLabel: string | undefined;
  // With the gateway's additions applied, only the tenant's own fields are priced in its points.
  let baseTenant: GraphQLSchema | undefined;
  let targetTenant: GraphQLSchema | undefined;
  if (options.gateway !== 'none') {
    const gatewayRef = options.gateway ?? (existsSync(resolve(cwd, DEFAULT_GATEWAY)) ? DEFAULT_GATEWAY : PACKAGED_UNIFIED_SCHEMA);
    const packaged = resolve(cwd, gatewayRef) === PACKAGED_UNIFIED_SCHEMA;
    const unified = await loadSchemaSource(gatewayRef, { cwd, config });
    if (packaged && !existsSync(resolve(cwd, DEFAULT_GATEWAY))) unified.label = PACKAGED_LABEL;
    // `npm run schema:print` composes the unified schema over the committed tenant snapshot (the
    // newest vendor snapshot when there is none): its additions are what it has beyond that one.
    const printedFrom =
      !packaged && localTenant ? resolve(cwd, DEFAULT_BASE) : existsSync(PACKAGED_TENANT_SCHEMA) ? PACKAGED_TENANT_SCHEMA : resolveSnapshotPath();
    const tenantOfUnified = basePath?.path === printedFrom ? base.schema : (await loadSchemaSource(printedFrom, { cwd, config })).schema;
    const additions = gatewayAdditions(unified.schema, tenantOfUnified);
    // A base that already carries every addition is a gateway's schema (the packaged one): the
    // comparison is gateway to gateway and nothing is added to either side. A tenant base gets the
    // additions when asked (--gateway), with the default base, or when the documents use a gateway
    // field: an operation written for the gateway judged against a raw tenant schema would only be
    // a false break. Not against a gateway target unasked: that is the question "what does the
    // gateway add" (npm run drift:check).
    const baseHas = hasAllAdditions(base.schema, additions);
    const targetHas = hasAllAdditions(target.schema, additions);
    const definitions = documents.units.flatMap((unit) => [unit.definition, ...unit.fragments]);
    const apply =
      !baseHas &&
      (options.gateway !== undefined ||
        (options.base === undefined && localTenant && existsSync(resolve(cwd, DEFAULT_GATEWAY))) ||
        (!targetHas && usesGatewayAdditions(unified.schema, additions, definitions)));
    if (apply) {
      baseSchema = applyGatewayAdditions(base.schema, additions, base === target ? baseRef : base.label);
      targetSchema = base === target ? baseSchema : targetHas ? target.schema : applyGatewayAdditions(target.schema, additions, target.label);
      gatewayLabel = unified.label;
      baseTenant = base.schema;
      targetTenant = base === target ? base.schema : targetHas ? undefined : target.schema;
    }
  }

  const report = await checkDrift({
    base: baseSchema,
    target: targetSchema,
    documents,
    baseLabel: base === target ? baseRef : base.label,
    targetLabel: target.label,
    ...(gatewayLabel ? { gatewayLabel } : {}),
    strict: options.strict ?? false,
    baseTenant,
    targetTenant,
  });
  if (!options.update) return { report };
  return { report, updated: await updateSnapshot(basePath?.path ?? resolve(cwd, baseRef), target) };
}

/** The base as a local file, or a vendor snapshot named by date; undefined when neither exists. */
function locateBase(ref: string, cwd: string): { path: string; vendor: boolean } | undefined {
  try {
    const path = resolveSchemaPath(ref, cwd);
    return { path, vendor: dirname(path) === VENDOR_SNAPSHOT_DIR };
  } catch {
    return undefined;
  }
}
