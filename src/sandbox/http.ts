
/** Request bodies above this are refused with 413: the real API has a limit too. */
export const MAX_BODY_BYTES = 5_000_000;

/** The error body used everywhere: `{ "error": "<snake_code>", "message": "<what to fix>" }`. */
export function errorBody(error: string, message: string): { error: string; message: string } {
  return { error, message };
}
