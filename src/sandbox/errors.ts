/**
 * Errors only the sandbox tenant raises: its store's refusals, which its REST and GraphQL layers
 * turn into the status and error body a real tenant would send. Nothing outside src/sandbox sees them.
 */
import { TiGraphError, type ErrorCode } from '../errors/index.js';

/** Why the sandbox tenant's store refused an operation; its REST and GraphQL layers map this to a status. */
export type SandboxRejection = 'not_found' | 'conflict' | 'invalid' | 'unprocessable' | 'unauthenticated';

const REJECTION_CODES: Record<SandboxRejection, ErrorCode> = {
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  invalid: 'BAD_USER_INPUT',
  unprocessable: 'BAD_USER_INPUT',
  unauthenticated: 'UNAUTHENTICATED',
};

/**
 * The sandbox's store (standing in for the tenant) refused an operation. `errorCode` is the stable
 * snake_case code of the sandbox's error body (`email_taken`, `course_unpublished`, ...).
 */
export class SandboxStoreError extends TiGraphError {
  readonly reason: SandboxRejection;
  readonly errorCode: string;
  readonly field: string | undefined;
  constructor(reason: SandboxRejection, errorCode: string, message: string, field?: string) {
    super(REJECTION_CODES[reason], message);
    this.reason = reason;
    this.errorCode = errorCode;
    this.field = field;
  }
}
