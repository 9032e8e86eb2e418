/**
 * Signed in as whom (Me: the tenant's GraphQL API alone) and the team a page at a time (Team: the
 * company from the tenant's GraphQL API, users and enrollments from its REST API, in one request).
 * The token is typed in and kept in memory only: a real app gets its users' tokens from its own
 * sign-in (an OpenID provider the gateway verifies), never from its bundle.
 */
import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { createApolloClient } from './apollo.js';
import { MeDocument, TeamDocument } from './generated/operations.js';

const PER_PAGE = 10;

export function App() {
  const [token, setToken] = useState<string>();
  const client = useMemo(() => (token ? createApolloClient(token) : undefined), [token]);
  if (!client) return <SignIn onToken={setToken} />;
  return (
    <ApolloProvider client={client}>
      <Me />
      <Team />
    </ApolloProvider>
  );
}

function SignIn({ onToken }: { onToken: (token: string) => void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = new FormData(event.currentTarget).get('token');
    if (typeof token === 'string' && token.trim()) onToken(token.trim());
  };
  return (
    <form onSubmit={submit}>
      <label>
        Gateway token <input name="token" type="password" autoComplete="off" required />
      </label>{' '}
      <button type="submit">Sign in</button>
    </form>
  );
}

function Me() {
  const { data, error } = useQuery(MeDocument);
  if (error) return <Failure error={error} />;
  const me = data?.CurrentUser;
  if (!me) return <p>Loading…</p>;
  return (
    <p id="me">
      Signed in as <strong>{fullName(me)}</strong> (<span id="me-email">{me.email}</span>)
    </p>
  );
}

function Team() {
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(TeamDocument, { variables: { page, perPage: PER_PAGE } });
  if (error) return <Failure error={error} />;
  // While the next page loads, the previous one stays on screen.
  const shown = data ?? previousData;
  if (!shown) return <p>Loading…</p>;
  const { users } = shown;
  return (
    <section id="team" aria-busy={loading}>
      <h1 id="company">{shown.CompanyDetails?.name ?? 'Team'}</h1>
      <p>
        <span id="total">{users.total}</span> people, page <span id="page">{users.pageInfo.page}</span> of {users.pageInfo.totalPages}
      </p>
      <table>
        <thead>
          <tr><th>Name</th><th>Email</th><th>Enrollments</th></tr>
        </thead>
        <tbody id="users">
          {users.items.map((user) => (
            <tr key={user.id} data-user-id={user.id}>
              <td>{fullName(user)}</td>
              <td>{user.email}</td>
              <td>{user.enrollments?.length ?? '?'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" id="previous" disabled={loading || !users.pageInfo.hasPreviousPage} onClick={() => setPage(page - 1)}>Previous</button>{' '}
      <button type="button" id="next" disabled={loading || !users.pageInfo.hasNextPage} onClick={() => setPage(page + 1)}>Next</button>
    </section>
  );
}

/** The gateway's stable code and message (UNAUTHENTICATED, PERSISTED_QUERY_NOT_FOUND, RATE_LIMITED, ...). */
function Failure({ error }: { error: ErrorLike }) {
  const first = gatewayErrors(error)[0];
  return <p role="alert">{first?.extensions?.code ? `${first.extensions.code}: ${first.message}` : error.message}</p>;
}

interface GatewayError {
  message: string;
  extensions?: { code?: string };
}

function gatewayErrors(error: ErrorLike): readonly GatewayError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly GatewayError[];
  // Refused before it ran (401, 400, 429): Apollo reports the HTTP status, the body has the errors.
  if (ServerError.is(error)) {
    try {
      return (JSON.parse(error.bodyText) as { errors?: GatewayError[] }).errors ?? [];
    } catch {
      return [];
    }
  }
  return [];
}

function fullName(user: { firstName: string | null; lastName: string | null; email: string | null }): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || (user.email ?? '');
}
