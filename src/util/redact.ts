/**
 * The tenant API key is a secret. Everything that can end up in a log line, an error message,
 * a snapshot or a response passes through here first.
 */

const MASK = '***';
const SECRET_QUERY_PARAMS = ['apikey', 'api_key', 'key', 'token', 'access_token', 'authtoken'];

/** Replaces the value of secret-looking query parameters (`apiKey=...`) in a URL or path. */
export function maskUrl(urlOrPath: string): string {
  // No parameter, nothing to mask: the common case (a REST path per tenant call) skips the regex.
  if (!urlOrPath.includes('=')) return urlOrPath;
  // A value ends at the next parameter, a fragment, whitespace or a quote: this also runs over whole
  // log lines and messages, where a URL is followed by more text.
  return urlOrPath.replace(/([?&])([^=&#\s"'<>]+)=([^&#\s"'<>\\]*)/g, (whole, sep: string, name: string) =>
    SECRET_QUERY_PARAMS.includes(decodeURIComponentSafe(name).toLowerCase()) ? `${sep}${name}=${MASK}` : whole,
  );
}

/** Removes every occurrence of the given secrets (and their URL-encoded forms) from a text. */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
  let out = maskUrl(text);
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join(MASK);
    }
  }
  return out;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
