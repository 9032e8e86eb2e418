/**
 * The drift report: the stable shape every format prints and `--format json` emits as is.
 * Documented in README.md; bump REPORT_VERSION on any incompatible change.
 */
import type { SourcePosition } from './documents.js';

export const REPORT_VERSION = 1;

export type Criticality = 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
/** What a change means for our operations: it breaks one, may affect one, or touches none. */
export type Impact = 'breaks' | 'affects' | 'safe';

export interface OperationImpact {
  impact: Exclude<Impact, 'safe'>;
  /** The operation (or unspread fragment) and where it is defined. */
  operation: { name: string; kind: string } & SourcePosition;
  /** The schema coordinate the operation uses, and where (may be inside a fragment's file). */
  coordinate: string;
  at: SourcePosition;
  reason: string;
}

export interface ChangeReport {
  type: string;
  criticality: Criticality;
  /** Inspector's schema path (`Query.CatalogContent.sort`), null for schema-level changes. */
  path: string | null;
  message: string;
  /** Why the inspector judged it so, when it says. */
  reason: string | null;
  impact: Impact;
  operations: OperationImpact[];
}

/** A validation error against the target that no single change explains (or there was no change). */
export interface InvalidOperation {
  operation: { name: string; kind: string } & SourcePosition;
  at: SourcePosition;
  message: string;
}

/** One operation's price at the tenant (Thought Industries' points, src/cost) against each schema. */
export interface OperationPoints {
  name: string;
  kind: string;
  file: string;
  line: number;
  column: number;
  base: number;
  target: number;
}

export interface DriftReport {
  version: typeof REPORT_VERSION;
  /** File paths relative to the working directory; URLs with secrets masked. */
  base: string;
  target: string;
  /** The unified schema whose gateway additions were applied to both sides, or null. */
  gateway: string | null;
  documents: { files: number; operations: number; fragments: number };
  summary: {
    changes: number;
    breaking: number;
    dangerous: number;
    nonBreaking: number;
    /** Changes that break at least one operation. */
    breaksOperations: number;
    /** Changes that may affect at least one operation (and break none). */
    affectsOperations: number;
    invalidOperations: number;
    /** Operations whose price at the tenant is over its limit on the target (it refuses them). */
    overPointsLimit: number;
    strict: boolean;
    /** 0 nothing or only safe changes; 1 something breaks our operations (strict: any breaking change). */
    exitCode: 0 | 1;
  };
  /** Changes that break first, then those that may affect, then safe ones; each by criticality and path. */
  changes: ChangeReport[];
  invalidOperations: InvalidOperation[];
  /** Every operation's points at the tenant, and the vendor's limit per query. */
  points: { limit: number; operations: OperationPoints[] };
}

export function exitCodeFor(report: Pick<DriftReport, 'changes' | 'invalidOperations'> & Partial<Pick<DriftReport, 'points'>>, strict: boolean): 0 | 1 {
  if (report.invalidOperations.length > 0) return 1;
  if (report.points?.operations.some((op) => op.target > report.points!.limit)) return 1;
  if (report.changes.some((c) => c.impact === 'breaks')) return 1;
  if (strict && report.changes.some((c) => c.criticality === 'BREAKING')) return 1;
  return 0;
}
