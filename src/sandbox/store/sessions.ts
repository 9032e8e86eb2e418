import { randomBytes } from 'node:crypto';

/** Login sessions: the token GraphQL `Login` returns (and the `authToken` header carries) -> user id. */
export class SessionTable {
  private readonly userIdByToken = new Map<string, string>();

  /** A new session for the user; returns its token. */
  open(userId: string): string {
    const token = randomBytes(24).toString('hex');
    this.userIdByToken.set(token, userId);
    return token;
  }

  /** False when the token was not a live session. */
  end(token: string): boolean {
    return this.userIdByToken.delete(token);
  }

  userIdFor(token: string): string | undefined {
    return this.userIdByToken.get(token);
  }

  /** A deleted user's sessions end with them. */
  endAllOf(userId: string): void {
    for (const [token, owner] of this.userIdByToken) if (owner === userId) this.userIdByToken.delete(token);
  }
}
