/**
 * Judges every registered operation against a new schema with `ti-graph drift`'s own check
 * (GraphQL Inspector classifies the changes, graphql-js validates, the usage index ties the two),
 * and says, per app and operation, what breaks and what may be affected.
 */
import type { GraphQLSchema } from 'graphql';
import { checkDrift, type DriftReport } from '../../drift/index.js';
import type { Between } from './pace.js';
import type { RegisteredOperation } from './registered.js';

export interface OperationFinding {
  app: string;
  operation: string;
  impact: 'breaks' | 'affects';
  /** The schema coordinate the change touched (`Mutation.CreateLearner`). */
  coordinate: string;
  /** What changed, in Inspector's words (`Field 'CreateLearner' was removed from object type 'Mutation'`); a validation message when no single change explains it. */
  change: string;
  /** Where the operation is: manifest file and document id prefix, or the operations/ file. */
  file: string;
  /** The trusted document's text, when the operation came from a manifest. */
  documentText: string | undefined;
}

export interface Judgement {
  /** One per broken operation (the first change that breaks it), then those only affected. */
  findings: OperationFinding[];
  report: DriftReport;
}

/** `between` is awaited between the check's synchronous steps (a gateway judging while it serves yields there). */
export async function judgeOperations(before: GraphQLSchema, after: GraphQLSchema, registered: readonly RegisteredOperation[], between?: Between): Promise<Judgement> {
  const byFile = new Map<string, RegisteredOperation[]>();
  for (const operation of registered) byFile.set(operation.unit.file, [...(byFile.get(operation.unit.file) ?? []), operation]);
  const units = registered.map((operation) => operation.unit);
  const report = await checkDrift({
    base: before,
    target: after,
    documents: { files: [...byFile.keys()], units, operationCount: units.length, fragmentCount: 0 },
    baseLabel: 'served',
    targetLabel: 'tenant',
    ...(between ? { between } : {}),
  });
  const owner = (file: string, name: string, line: number) =>
    (byFile.get(file) ?? []).find((operation) => operation.unit.name === name && operation.unit.line === line);

  const findings = new Map<string, OperationFinding>();
  const add = (operation: RegisteredOperation | undefined, impact: 'breaks' | 'affects', coordinate: string, change: string) => {
    if (!operation) return;
    const key = `${operation.app}\u0000${operation.unit.file}\u0000${operation.unit.name}`;
    const known = findings.get(key);
    if (known && (known.impact === 'breaks' || impact === 'affects')) return;
    findings.set(key, { app: operation.app, operation: operation.unit.name, impact, coordinate, change, file: operation.unit.file, documentText: operation.documentText });
  };
  // Breaks first (the report lists them first), so an operation is named by what breaks it.
  for (const change of report.changes) {
    for (const impact of change.operations) {
      add(owner(impact.operation.file, impact.operation.name, impact.operation.line), impact.impact, change.path ?? impact.coordinate, change.message);
    }
  }
  for (const invalid of report.invalidOperations) {
    add(owner(invalid.operation.file, invalid.operation.name, invalid.operation.line), 'breaks', coordinateIn(invalid.message) ?? invalid.operation.name, invalid.message);
  }
  const ordered = [...findings.values()].sort(
    (a, b) => (a.impact === b.impact ? 0 : a.impact === 'breaks' ? -1 : 1) || a.app.localeCompare(b.app) || a.operation.localeCompare(b.operation),
  );
  return { findings: ordered, report };
}

/** The coordinate a graphql-js validation message names, when it names one. */
function coordinateIn(message: string): string | undefined {
  const field = /Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
  if (field) return `${field[2]}.${field[1]}`;
  const argument = /Unknown argument "(\w+)" on field "(\w+)\.(\w+)"/.exec(message);
  if (argument) return `${argument[2]}.${argument[3]}.${argument[1]}`;
  const required = /Field "(\w+)" argument "(\w+)" of type/.exec(message);
  if (required) return `${required[1]}.${required[2]}`;
  const type = /Unknown type "(\w+)"/.exec(message);
  return type?.[1];
}
