/**
 * The document limits as a Yoga plugin: the text is bounded before graphql-js parses it (tokens,
 * nesting), the parsed document before it executes (aliases, depth, cost, REST calls,
 * introspection; checked at execute time because page sizes may come from variables), and the
 * result before it is serialised (bytes).
 */
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { checkDocument, type DocumentVerdict } from './check-document.js';
import { documentLimitError } from './errors.js';
import type { DocumentLimits } from './options.js';
import { parseWithinLimits } from './source-check.js';

interface WithParams {
  params?: { variables?: unknown; operationName?: string | null };
}

/** The result that replaces one of `bytes` serialised bytes, over the response limit `maxBytes`. */
export function responseTooLarge(maxBytes: number, bytes: number): ExecutionResult {
  return { data: null, errors: [documentLimitError('responseBytes', `Response size limit of ${maxBytes} bytes exceeded.`, maxBytes, bytes)] };
}

/**
 * @param mayIntrospect a client this says yes for is held to the limits with introspection allowed
 *   (the `schema` scope, in production); everyone else to `limits` as given.
 */
export function useDocumentLimits(limits: DocumentLimits, mayIntrospect: (context: unknown) => boolean = () => false): Plugin<WithParams> {
  // Verdicts that hold whatever the variables, by parsed document (Yoga caches parsed documents by text).
  const fixedVerdicts = new WeakMap<DocumentNode, DocumentVerdict>();
  const introspecting = { limits: { ...limits, introspection: true }, fixed: new WeakMap<DocumentNode, DocumentVerdict>() };
  const verdictFor = (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: unknown,
    operationName: string | null | undefined,
    context?: unknown,
  ): DocumentVerdict => {
    const [applied, fixed] = !limits.introspection && mayIntrospect(context) ? [introspecting.limits, introspecting.fixed] : [limits, fixedVerdicts];
    const known = fixed.get(document);
    if (known) return known;
    const verdict = checkDocument(document, { schema, limits: applied, operationName, variables: isRecord(variables) ? variables : undefined });
    if (!verdict.estimate.variableSlicing) fixed.set(document, verdict);
    return verdict;
  };
  const refusalAtExecution = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    variableValues?: unknown;
    operationName?: string | null | undefined;
    contextValue?: unknown;
  }): GraphQLError | undefined => verdictFor(args.schema, args.document, args.variableValues, args.operationName, args.contextValue).error;
  const boundResult = (result: ExecutionResult, setResult: (result: ExecutionResult) => void) => {
    const bytes = Buffer.byteLength(JSON.stringify(result));
    if (bytes > limits.maxResponseBytes) setResult(responseTooLarge(limits.maxResponseBytes, bytes));
  };
  return {
    onParse({ setParseFn }) {
      setParseFn((source) => parseWithinLimits(typeof source === 'string' ? source : source.body, limits));
    },
    onValidate({ params, context, setResult }) {
      // Before graphql-js validates: its overlapping-fields rule is quadratic in what these bound.
      // A refusal that hangs on the variables waits for execution (Yoga caches validation by document).
      const verdict = verdictFor(params.schema, params.documentAST, context.params?.variables, context.params?.operationName, context);
      if (verdict.error && !verdict.dependsOnVariables) setResult([verdict.error]);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusalAtExecution(args);
      if (error) {
        setResultAndStopExecution({ errors: [error] });
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isAsyncIterable(result)) boundResult(result, setResult);
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusalAtExecution(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
