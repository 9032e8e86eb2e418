/**
 * Validates every operation (with the fragments it spreads) against a schema with graphql-js's
 * own rules: the ground truth for "the server will reject this operation".
 */
import {
  Kind,
  NoUnusedFragmentsRule,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import type { DocumentUnit, SourcePosition } from './documents.js';

export interface UnitError extends SourcePosition {
  message: string;
  /** Offsets of the nodes the error points at, in `file`. */
  anchors: Array<{ file: string; start: number }>;
}

// A fragment checked on its own is "unused" by definition; every other rule applies.
const RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

export function validateUnits(schema: GraphQLSchema, units: DocumentUnit[]): Map<DocumentUnit, UnitError[]> {
  const result = new Map<DocumentUnit, UnitError[]>();
  for (const unit of units) {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [unit.definition, ...unit.fragments] };
    const errors = validate(schema, document, RULES, { maxErrors: 100 });
    if (errors.length > 0) result.set(unit, errors.map((error) => toUnitError(error, unit)));
  }
  return result;
}

function toUnitError(error: GraphQLError, unit: DocumentUnit): UnitError {
  const anchors = (error.nodes ?? []).flatMap((node) => (node.loc ? [{ file: node.loc.source.name, start: node.loc.start }] : []));
  const first = error.nodes?.[0]?.loc;
  const where: SourcePosition = first
    ? { file: first.source.name, line: first.startToken.line, column: first.startToken.column }
    : { file: unit.file, line: unit.line, column: unit.column };
  return { ...where, message: error.message, anchors };
}
