import type { IncomingMessage } from 'node:http';

/** Where a surface expects the tenant key. */
export type KeyPlacement = 'header-or-query' | 'bearer' | 'query';

/** The key a request presents, in the place its surface accepts; undefined when absent. */
export function presentedKey(placement: KeyPlacement, req: IncomingMessage, query: URLSearchParams): string | undefined {
  if (placement === 'bearer') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    return match?.[1];
  }
  if (placement === 'header-or-query') {
    const header = req.headers['x-api-key'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value) return value.trim();
  }
  return query.get('apiKey') ?? undefined;
}

/** What a 401 says when no key came, so the caller knows where to put it. */
export function missingKeyMessage(placement: KeyPlacement): string {
  switch (placement) {
    case 'bearer':
      return 'Missing API key: send it as "Authorization: Bearer <key>"';
    case 'query':
      return 'Missing API key: pass it as the apiKey query parameter';
    default:
      return 'Missing API key: send it in the X-API-Key header or the apiKey query parameter';
  }
}
