/**
 * One price everywhere: over documents generated on the real schema (the sandbox's vendor snapshot),
 * the sandbox's billing, the gateway's refusal check and codegen's report give the same points,
 * and that price is the vendor's model counted independently here (1 a field, 1 + N where the
 * description announces an additional cost of N, `__typename` free, lists not multiplied). The
 * gateway and codegen price a document that also selects the gateway's REST-backed fields, whose
 * tenant part is what the sandbox is sent: the gateway's fields add nothing.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { priceOperations } from '../../src/codegen/index.js';
import { checkDocument, documentLimits, tenantPoints } from '../../src/gateway/limits/index.js';
import { buildGatewaySchema } from '../../src/gateway/index.js';
import { loadConfig } from '../../src/config/index.js';
import { createSandboxGraphql, type SandboxGraphql } from '../../src/sandbox/graphql/index.js';
import { loadSchemaFile } from '../../src/schema/index.js';

interface Generated {
  text: string;
  /** The price counted while generating. */
  points: number;
}

/** Read here from the description, not through src/cost, so the model is checked, not reused. */
const announced = (field: GraphQLField<unknown, unknown>) => Number(/additional cost of (\d+) point/i.exec(field.description ?? '')?.[1] ?? 0);

const selectable = (type: GraphQLNamedType): Array<GraphQLField<unknown, unknown>> =>
  isObjectType(type) || isInterfaceType(type)
    ? Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    : [];

/** A selection set on `type`: every field aliased apart (no merge conflicts), repeats allowed (each costs again). */
function selectionOn(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, ids: { next: number }): fc.Arbitrary<Generated> {
  const fields = selectable(type).filter((field) => depth > 0 || isLeafType(getNamedType(field.type)));
  const one: fc.Arbitrary<Generated> = fields.length === 0
    ? fc.constant({ text: '__typename', points: 0 })
    : fc.oneof(
        { weight: 1, arbitrary: fc.constant({ text: '__typename', points: 0 }) },
        {
          weight: 6,
          arbitrary: fc.constantFrom(...fields).chain((field) => {
            const own = 1 + announced(field);
            const named = getNamedType(field.type);
            const alias = () => `a${ids.next++}: ${field.name}`;
            if (!isCompositeType(named)) return fc.constant(null).map(() => ({ text: alias(), points: own }));
            if (isAbstractType(named)) {
              const members = schema.getPossibleTypes(named).slice(0, 4);
              return fc
                .subarray(members, { minLength: 1 })
                .chain((picked) => fc.tuple(...picked.map((member) => selectionOn(schema, member, depth - 1, ids).map((inner) => ({ member, inner })))))
                .map((parts) => ({
                  text: `${alias()} { __typename ${parts.map((p) => `... on ${p.member.name} { ${p.inner.text} }`).join(' ')} }`,
                  points: own + parts.reduce((sum, p) => sum + p.inner.points, 0),
                }));
            }
            return selectionOn(schema, named, depth - 1, ids).map((inner) => ({ text: `${alias()} { ${inner.text} }`, points: own + inner.points }));
          }),
        },
      );
  return fc.array(one, { minLength: 1, maxLength: 4 }).map((parts) => ({ text: parts.map((p) => p.text).join(' '), points: parts.reduce((sum, p) => sum + p.points, 0) }));
}

/** A query on the tenant's root, its selections sometimes moved into a named fragment spread once or twice. */
function tenantQuery(schema: GraphQLSchema): fc.Arbitrary<Generated & { fragment: boolean }> {
  const ids = { next: 0 };
  return fc
    .tuple(selectionOn(schema, schema.getQueryType()!, 3, ids), fc.integer({ min: 0, max: 2 }))
    .map(([root, spreads]) => {
      if (spreads === 0) return { text: `query Generated { ${root.text} }`, points: root.points, fragment: false };
      return {
        text: `query Generated { ${'...Picked '.repeat(spreads)}}\nfragment Picked on Query { ${root.text} }`,
        points: root.points * spreads,
        fragment: true,
      };
    });
}

const GATEWAY_FIELDS = ['users(perPage: 2) { total items { email enrollments { courseId } } }', 'user(id: "x") { email active }', ''];

describe('the gateway, codegen and the sandbox price a document the same (fast-check, real schema)', () => {
  let sandbox: SandboxGraphql;
  let composed: GraphQLSchema;
  let unified: GraphQLSchema;
  let tenantOfUnified: GraphQLSchema;
  const limits = documentLimits(loadConfig({}).gateway);
  beforeAll(() => {
    sandbox = createSandboxGraphql();
    composed = buildGatewaySchema(sandbox.schema);
    unified = loadSchemaFile(new URL('../../schema/unified.graphql', import.meta.url).pathname);
    tenantOfUnified = loadSchemaFile(new URL('../../schema/tenant.graphql', import.meta.url).pathname);
  });

  it('over generated documents', () => {
    const url = new URL('http://sandbox.invalid/helium');
    fc.assert(
      fc.property(tenantQuery(createSandboxGraphql().schema), fc.constantFrom(...GATEWAY_FIELDS), (query, gatewayPart) => {
        const tenantDocument = parse(query.text);
        expect(validate(sandbox.schema, tenantDocument)).toEqual([]);
        const billed = sandbox.price('POST', url, { query: query.text });
        // The sandbox bills nothing for a query it refuses (over 1,000): compare what it would price.
        if (query.points <= 1_000) expect(billed).toBe(query.points);
        else expect(billed).toBe(0);

        const mixed = gatewayPart ? query.text.replace('query Generated {', `query Generated { ${gatewayPart}`) : query.text;
        const document = parse(mixed);
        expect(validate(composed, document)).toEqual([]);
        expect(tenantPoints(composed, document)).toBe(query.points);
        const verdict = checkDocument(document, { schema: composed, limits });
        expect(verdict.error?.extensions['limit'] === 'points').toBe(query.points > 1_000);

        const [codegen] = priceOperations(unified, [{ location: 'generated.graphql', document }], { tenantSchema: tenantOfUnified }).operations;
        expect(codegen!.points).toBe(query.points);
      }),
      { numRuns: 150, seed: 2407 },
    );
  });

  it("the sandbox's snapshot announces the 16 dearer fields the model reads", () => {
    const announcedBySandbox = Object.values(sandbox.schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) ? Object.values(type.getFields()).filter((f) => announced(f) > 0).map((f) => `${type.name}.${f.name}`) : [],
    );
    expect(announcedBySandbox.length).toBe(16);
  });
});
