/**
 * Deterministic mock values for every field the sandbox does not really implement. A value depends
 * only on where it sits in the response (a seed carried down from the root field, or from the id of
 * a real object), never on time or randomness, so two identical requests get identical answers and
 * a test can assert on them.
 */
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** Marks an object the mocker made; holds the seed its fields derive their values from. */
export const MOCK_SEED = Symbol('ti-graph.mockSeed');

export interface MockObject {
  [MOCK_SEED]: number;
  __typename?: string;
}

/** How many items a mocked list has: enough to show it is a list, few enough to stay cheap. */
const LIST_LENGTH = 2;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over a string, continuing from `seed`: cheap, stable across runs and platforms. */
export function mixSeed(seed: number, text: string): number {
  let h = seed ^ FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so nearby inputs give unrelated outputs.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function hex(seed: number, length: number): string {
  let out = '';
  let s = seed;
  while (out.length < length) {
    s = mixSeed(s, 'x');
    out += s.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

function uuid(seed: number): string {
  const h = hex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const EPOCH_2023 = Date.UTC(2023, 0, 1);

/** One mock per scalar: the 5 built-ins and TI's 8 custom scalars, shaped like real values. */
const SCALAR_MOCKS: Record<string, (seed: number, field: string) => unknown> = {
  Int: (s) => s % 100,
  Float: (s) => (s % 10_000) / 100,
  String: (s, field) => `${field} ${hex(s, 6)}`,
  Boolean: (s) => (s & 1) === 1,
  ID: (s) => uuid(s),
  UUID: (s) => uuid(s),
  Date: (s) => new Date(EPOCH_2023 + (s % (365 * 86_400)) * 1000).toISOString(),
  HexColor: (s) => `#${(s & 0xffffff).toString(16).padStart(6, '0')}`,
  JSON: () => ({}),
  URL: (s) => `https://sandbox.example.com/mock/${hex(s, 8)}`,
  AbsoluteOrRelativeURL: (s) => `/mock/${hex(s, 8)}`,
  RelativeURL: (s) => `/mock/${hex(s, 8)}`,
  Slug: (s, field) => `${field.toLowerCase()}-${hex(s, 6)}`,
};

/** A mock value of `type` for a field called `field`, derived from `seed`. */
export function mockValue(schema: GraphQLSchema, type: GraphQLOutputType, seed: number, field: string): unknown {
  if (isNonNullType(type)) return mockValue(schema, type.ofType, seed, field);
  if (isListType(type)) {
    const items: unknown[] = [];
    for (let i = 0; i < LIST_LENGTH; i++) items.push(mockValue(schema, type.ofType, mixSeed(seed, String(i)), field));
    return items;
  }
  if (isScalarType(type)) return (SCALAR_MOCKS[type.name] ?? ((s: number) => hex(s, 12)))(seed, field);
  if (isEnumType(type)) {
    const values = type.getValues();
    return values[seed % values.length]!.value;
  }
  if (isAbstractType(type)) {
    const possible = schema.getPossibleTypes(type);
    const chosen = possible[seed % possible.length]!;
    return { [MOCK_SEED]: seed, __typename: chosen.name } satisfies MockObject;
  }
  if (isObjectType(getNamedType(type))) return { [MOCK_SEED]: seed } satisfies MockObject;
  return null;
}

/** The seed for the fields of a parent value: carried by mocks, derived from the id of real objects. */
export function seedOf(parent: unknown, parentTypeName: string): number | undefined {
  if (parent === null || typeof parent !== 'object') return undefined;
  const carried = (parent as Partial<MockObject>)[MOCK_SEED];
  if (carried !== undefined) return carried;
  const id = (parent as { id?: unknown }).id;
  return mixSeed(0, `${parentTypeName}:${id === undefined ? '' : String(id)}`);
}
