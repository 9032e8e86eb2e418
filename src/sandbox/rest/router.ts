/**
 * A minimal path-template router: a handful of routes, matched by segments, with the template kept
 * for request counting. Templates are written as in the endpoint table (`/users/{id}`) and
 * reported in the sandbox's request-log spelling (`/users/:id`), which tests and faults match on.
 */
export interface RouteMatch<H> {
  handler: H;
  /** `GET /users/:id` relative to the tree. */
  template: string;
  params: Record<string, string>;
}

export type RouteLookup<H> = { kind: 'match'; match: RouteMatch<H> } | { kind: 'method_not_allowed'; allow: string[] } | { kind: 'none' };

interface CompiledRoute<H> {
  method: string;
  path: string;
  segments: string[];
  handler: H;
}

export class Router<H> {
  private readonly routes: CompiledRoute<H>[] = [];

  add(method: string, path: string, handler: H): this {
    const logged = path.replace(/\{([^}]+)\}/g, ':$1');
    this.routes.push({ method, path: logged, segments: split(logged), handler });
    return this;
  }

  lookup(method: string, path: string): RouteLookup<H> {
    const segments = split(path);
    const allow: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { kind: 'match', match: { handler: route.handler, template: route.path, params } };
      }
      allow.push(route.method);
    }
    return allow.length ? { kind: 'method_not_allowed', allow } : { kind: 'none' };
  }
}

function split(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    const a = actual[i]!;
    if (t.startsWith(':')) {
      try {
        params[t.slice(1)] = decodeURIComponent(a);
      } catch {
        return undefined;
      }
    } else if (t !== a) {
      return undefined;
    }
  }
  return params;
}
