/**
 * The plan file: a versioned JSON document (`ti-graph.sync-plan`, version 1). `sync --plan-out`
 * writes it; `sync apply` reads it back, checks it is intact, and applies exactly what it says.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../errors/index.js';
import { writeFileAtomic } from '../util/index.js';
import { PLAN_FORMAT, PLAN_VERSION, planContentId, type SyncPlan } from './plan.js';

const change = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
const item = z.object({
  email: z.string(),
  row: z.number().int().optional(),
  userId: z.string().optional(),
  actions: z.array(z.enum(['create', 'update', 'deactivate', 'enroll', 'add-to-group'])),
  changes: z.array(change),
  deactivateReason: z.enum(['hr-inactive', 'missing-from-hr']).optional(),
  addGroups: z.array(z.string()),
  enroll: z.array(z.string()),
  alreadyEnrolled: z.array(z.string()),
  notes: z.array(z.string()),
});
const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  id: z.string(),
  createdAt: z.string(),
  tenant: z.string(),
  tenantKey: z.string(),
  input: z.object({ source: z.string(), sha256: z.string(), records: z.number() }),
  options: z.object({ deactivateMissing: z.boolean(), maxDeactivatePercent: z.number(), allowMassDeactivate: z.boolean() }),
  roster: z.object({ users: z.number(), active: z.number() }),
  items: z.array(item),
  unchanged: z.array(z.string()),
  problems: z.array(z.object({ row: z.number(), email: z.string().optional(), reason: z.string() })),
  warnings: z.array(z.string()),
  guard: z.object({
    deactivations: z.number(),
    rosterSize: z.number(),
    limit: z.number(),
    maxPercent: z.number(),
    tripped: z.boolean(),
  }),
  summary: z.object({
    records: z.number(),
    create: z.number(),
    update: z.number(),
    deactivate: z.number(),
    enroll: z.number(),
    addToGroup: z.number(),
    unchanged: z.number(),
    problems: z.number(),
  }),
});

export async function writePlanFile(path: string, plan: SyncPlan): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
}

/**
 * Reads a plan file. Refuses a file that is not a plan, is of another version, or was edited after
 * it was made (its id no longer matches its content): apply must do exactly what was reviewed.
 */
export async function readPlanFile(path: string): Promise<SyncPlan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read plan ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not JSON; make a plan with "ti-graph sync FILE --plan-out ${path}"`);
  }
  const header = data as { format?: unknown; version?: unknown } | null;
  if (header?.format !== PLAN_FORMAT) throw new InputError(`${path} is not a ti-graph sync plan (format "${String(header?.format)}")`);
  if (header.version !== PLAN_VERSION) {
    throw new InputError(`${path} is plan version ${String(header.version)}; this ti-graph reads version ${PLAN_VERSION}. Make the plan again`);
  }
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${path} is not a valid plan: ${issue.path.join('.')} ${issue.message}`);
  }
  const plan = parsed.data as SyncPlan;
  if (planContentId(plan) !== plan.id) {
    throw new InputError(`${path} was changed after it was made (its id does not match its content); make the plan again`);
  }
  return plan;
}
