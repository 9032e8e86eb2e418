/**
 * Maps each schema change to the operations it breaks or may affect.
 *
 * A change is matched to document usages by its coordinate (`probesFor`). Then, per operation:
 * - breaks: the operation fails validation against the target at the usage the change touches, or
 *   a breaking change reaches it through a variable's input type (the value arrives at run time,
 *   so validation cannot see it: a newly required input field, a retyped one);
 * - affects: a breaking change it uses while still validating (e.g. an output field that may now
 *   be null), a dangerous change (an enum value it reads was added, an optional argument appeared),
 *   or a deprecation of something it uses;
 * - otherwise the change is safe for it.
 */
import type { Change } from '@graphql-inspector/core';
import type { DocumentUnit } from './documents.js';
import type { ChangeReport, Criticality, Impact, InvalidOperation, OperationImpact } from './report.js';
import type { Usage, UsageIndex, UsageKind, UsageVia } from './usage-index.js';
import type { UnitError } from './validate-units.js';

interface Probe {
  coordinate: string;
  /** Also match coordinates under it (`Type.field` matches `Type.field.arg`). */
  members?: boolean;
  kinds?: UsageKind[];
  vias?: UsageVia[];
  /** Count a match only when a validation error ties it to the change (no "may affect" noise). */
  tiedOnly?: boolean;
}

/** Changes whose validation errors surface inside the changed field's selection set. */
const DEEP_CHANGES = new Set(['FIELD_TYPE_CHANGED', 'TYPE_KIND_CHANGED', 'TYPE_REMOVED']);
/** Breaking input changes that hurt a variable only if the app happens to send the removed thing. */
const SEND_DEPENDENT = new Set(['ENUM_VALUE_REMOVED', 'INPUT_FIELD_REMOVED']);
const DEPRECATIONS = new Set([
  'FIELD_DEPRECATION_ADDED',
  'FIELD_DEPRECATION_REASON_ADDED',
  'FIELD_DEPRECATION_REASON_CHANGED',
  'ENUM_VALUE_DEPRECATION_REASON_ADDED',
  'ENUM_VALUE_DEPRECATION_REASON_CHANGED',
]);

export function probesFor(change: Change): Probe[] {
  // Directive usages hang under what they annotate (`User.manager.@deprecated`): match that.
  const path = change.path?.replace(/\.@.*$/, '');
  if (!path) return [];
  const owner = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : path;
  switch (change.type as string) {
    // Additions live in the target: what our documents use is their owner.
    case 'FIELD_ARGUMENT_ADDED':
      return [{ coordinate: owner, kinds: ['field'] }];
    case 'INPUT_FIELD_ADDED':
      return [{ coordinate: owner, kinds: ['type'], vias: ['literal', 'variable'] }];
    case 'ENUM_VALUE_ADDED':
      // Only a document that reads the enum can receive the new value.
      return [{ coordinate: owner, kinds: ['type'], vias: ['output'] }];
    case 'ENUM_VALUE_REMOVED':
      return [
        { coordinate: path, kinds: ['enumValue'] },
        { coordinate: owner, kinds: ['type'], vias: ['variable'] },
      ];
    // Made required: operations that omit the argument or input field fail at the field or the object literal.
    case 'FIELD_ARGUMENT_TYPE_CHANGED':
      return [{ coordinate: path, members: true }, { coordinate: owner, kinds: ['field'], tiedOnly: true }];
    case 'INPUT_FIELD_TYPE_CHANGED':
      return [{ coordinate: path }, { coordinate: owner, kinds: ['type'], vias: ['literal'], tiedOnly: true }];
    case 'UNION_MEMBER_ADDED':
      return [{ coordinate: path, kinds: ['type'], vias: ['output'] }];
    case 'UNION_MEMBER_REMOVED': {
      const member = (change.meta as { removedUnionMemberTypeName?: string }).removedUnionMemberTypeName;
      const probes: Probe[] = [{ coordinate: path, kinds: ['type'], vias: ['output'] }];
      if (member) probes.push({ coordinate: member, kinds: ['type'], vias: ['typeCondition'] });
      return probes;
    }
    default:
      return [{ coordinate: path, members: true }];
  }
}

function findUsages(index: UsageIndex, probe: Probe) {
  const coordinates = [probe.coordinate];
  if (probe.members) {
    const typeName = probe.coordinate.split('.')[0]!;
    const prefix = `${probe.coordinate}.`;
    for (const member of index.membersOf.get(typeName) ?? []) if (member.startsWith(prefix)) coordinates.push(member);
  }
  return coordinates.flatMap((c) =>
    (index.byCoordinate.get(c) ?? []).filter(
      ({ usage }) => (!probe.kinds || probe.kinds.includes(usage.kind)) && (!probe.vias || probe.vias.includes(usage.via)),
    ),
  );
}

/** Whether a validation error at `anchor` is about this usage. */
function ties(usage: Usage, anchor: { file: string; start: number }, changeType: string): boolean {
  if (anchor.file !== usage.file) return false;
  if (anchor.start === usage.start) return true;
  // A field's range holds its whole selection set: only a change to the field's type explains
  // errors in there. Arguments, literals and variable definitions are small: anything inside counts.
  const contained = usage.kind !== 'field' && !(usage.kind === 'type' && usage.via === 'output');
  return (contained || DEEP_CHANGES.has(changeType)) && anchor.start > usage.start && anchor.start < usage.end;
}

const RANK: Record<Impact, number> = { breaks: 0, affects: 1, safe: 2 };
const CRITICALITY_RANK: Record<Criticality, number> = { BREAKING: 0, DANGEROUS: 1, NON_BREAKING: 2 };

export interface ImpactResult {
  changes: ChangeReport[];
  invalidOperations: InvalidOperation[];
}

export function assessChanges(
  changes: Change[],
  index: UsageIndex,
  errors: Map<DocumentUnit, UnitError[]>,
): ImpactResult {
  const explained = new Set<UnitError>();
  const reports: ChangeReport[] = changes.map((change) => {
    const criticality = change.criticality.level as Criticality;
    const type = change.type as string;
    const perUnit = new Map<DocumentUnit, OperationImpact>();
    for (const probe of probesFor(change)) {
      for (const { unit, usage } of findUsages(index, probe)) {
        const impact = judge(change, criticality, type, unit, usage, errors.get(unit) ?? [], explained, probe.tiedOnly ?? false);
        if (!impact) continue;
        const previous = perUnit.get(unit);
        if (!previous || (RANK[impact.impact] < RANK[previous.impact])) perUnit.set(unit, impact);
      }
    }
    const operations = [...perUnit.values()].sort(
      (a, b) => a.operation.file.localeCompare(b.operation.file) || a.operation.line - b.operation.line || a.operation.name.localeCompare(b.operation.name),
    );
    const impact: Impact = operations.some((o) => o.impact === 'breaks') ? 'breaks' : operations.length > 0 ? 'affects' : 'safe';
    return {
      type,
      criticality,
      path: change.path ?? null,
      message: change.message,
      reason: change.criticality.reason ?? null,
      impact,
      operations,
    };
  });
  reports.sort(
    (a, b) =>
      RANK[a.impact] - RANK[b.impact] ||
      CRITICALITY_RANK[a.criticality] - CRITICALITY_RANK[b.criticality] ||
      (a.path ?? '').localeCompare(b.path ?? '') ||
      a.type.localeCompare(b.type) ||
      a.message.localeCompare(b.message),
  );

  const invalidOperations: InvalidOperation[] = [];
  for (const [unit, unitErrors] of errors) {
    for (const error of unitErrors) {
      if (explained.has(error)) continue;
      invalidOperations.push({
        operation: operationOf(unit),
        at: { file: error.file, line: error.line, column: error.column },
        message: error.message,
      });
    }
  }
  invalidOperations.sort((a, b) => a.operation.file.localeCompare(b.operation.file) || a.operation.line - b.operation.line || a.at.line - b.at.line);
  return { changes: reports, invalidOperations };
}

function judge(
  change: Change,
  criticality: Criticality,
  type: string,
  unit: DocumentUnit,
  usage: Usage,
  unitErrors: UnitError[],
  explained: Set<UnitError>,
  tiedOnly: boolean,
): OperationImpact | undefined {
  const base = { operation: operationOf(unit), coordinate: usage.coordinate, at: { file: usage.file, line: usage.line, column: usage.column } };
  if (criticality === 'BREAKING') {
    const tied = unitErrors.filter((error) => error.anchors.some((anchor) => ties(usage, anchor, type)));
    if (tied.length > 0) {
      for (const error of tied) explained.add(error);
      return { ...base, impact: 'breaks', reason: tied[0]!.message };
    }
    if (tiedOnly) return undefined;
    // A variable's declared type is checked by validation; what its value holds is not.
    const runtimeValue = usage.via === 'variable' && usage.kind !== 'argument';
    if (runtimeValue && !SEND_DEPENDENT.has(type)) {
      return { ...base, impact: 'breaks', reason: `its variables are typed by ${usage.coordinate}, and the values it sends no longer fit: ${change.message}` };
    }
    if (runtimeValue) {
      return { ...base, impact: 'affects', reason: `breaks only if its variables send what was removed: ${change.message}` };
    }
    return { ...base, impact: 'affects', reason: `still valid, but ${lowerFirst(change.message)}` };
  }
  if (tiedOnly) return undefined;
  if (criticality === 'DANGEROUS') {
    return { ...base, impact: 'affects', reason: change.criticality.reason ?? change.message };
  }
  if (DEPRECATIONS.has(type)) {
    return { ...base, impact: 'affects', reason: `uses ${usage.coordinate}, now deprecated: ${change.message}` };
  }
  return undefined;
}

function operationOf(unit: DocumentUnit): OperationImpact['operation'] {
  return { name: unit.name, kind: unit.kind, file: unit.file, line: unit.line, column: unit.column };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
