/**
 * A small app on ti-graph: lists the roster a page at a time and shows one user's enrollments,
 * through the gateway, with the generated typed operations. The token is typed in by the user and
 * kept in memory only; a real app would get it from its own sign-in.
 */
import { createClient, GatewayError, type GatewayClient } from 'ti-graph/client';
import { RosterDocument, UserDetailDocument, type UserAccountSummaryFragment } from 'ti-graph/operations';

const PER_PAGE = 10;
// Same origin by default: `vite` / `vite preview` proxy /graphql to the gateway (vite.config.ts).
const GATEWAY_URL = new URL(import.meta.env.VITE_TI_GRAPH_URL ?? '/graphql', window.location.href).href;

let client: GatewayClient | undefined;
let page = 1;
/** Aborts the detail request that is still running when another user is picked. */
let detailRequest: AbortController | undefined;

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

function showError(error: unknown): void {
  const box = element('error');
  box.textContent = error instanceof GatewayError ? `${error.code}: ${error.message}` : String(error);
  box.hidden = false;
}

function fullName(user: { firstName: string | null; lastName: string | null; email: string }): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email;
}

function userRow(user: UserAccountSummaryFragment): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset['userId'] = user.id;
  if (user.active === false) row.className = 'inactive';
  for (const text of [fullName(user), user.email, user.role ?? '', user.active === false ? 'no' : 'yes']) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  row.addEventListener('click', () => void showUser(user.id));
  return row;
}

async function showPage(next: number): Promise<void> {
  if (!client) return;
  const { users } = await client.request(RosterDocument, { page: next, perPage: PER_PAGE });
  page = users.pageInfo.page;
  element('users').replaceChildren(...users.items.map(userRow));
  element('total').textContent = String(users.total);
  element('page').textContent = users.pageInfo.totalPages ? `${page} of ${users.pageInfo.totalPages}` : String(page);
  element<HTMLButtonElement>('previous').disabled = !users.pageInfo.hasPreviousPage;
  element<HTMLButtonElement>('next').disabled = !users.pageInfo.hasNextPage;
  element('roster').hidden = false;
}

async function showUser(id: string): Promise<void> {
  if (!client) return;
  detailRequest?.abort();
  detailRequest = new AbortController();
  const { user } = await client.request(UserDetailDocument, { id }, { signal: detailRequest.signal }).catch((error: unknown) => {
    if (detailRequest?.signal.aborted) return { user: undefined };
    throw error;
  });
  if (!user) return;
  element('detail-name').textContent = fullName(user);
  element('detail-email').textContent = user.email;
  // Null when the tenant failed to list this user's enrollments (the rest of the user still loaded).
  const enrollments = user.enrollments;
  const items = (enrollments ?? []).map((enrollment) => {
    const item = document.createElement('li');
    item.dataset['courseId'] = enrollment.courseId;
    const completed = enrollment.completedAt ? `, completed ${enrollment.completedAt.slice(0, 10)}` : '';
    item.textContent = `${enrollment.courseId}: ${enrollment.status ?? 'unknown'}${completed}`;
    return item;
  });
  const empty = enrollments ? 'No enrollments' : 'Enrollments could not be loaded';
  element('enrollments').replaceChildren(...(items.length ? items : [Object.assign(document.createElement('li'), { textContent: empty })]));
  element('detail').hidden = false;
}

function run(task: Promise<void>): void {
  element('error').hidden = true;
  task.catch(showError);
}

element<HTMLFormElement>('connect').addEventListener('submit', (event) => {
  event.preventDefault();
  client = createClient({ url: GATEWAY_URL, token: element<HTMLInputElement>('token').value.trim() });
  run(showPage(1));
});
element('previous').addEventListener('click', () => run(showPage(page - 1)));
element('next').addEventListener('click', () => run(showPage(page + 1)));
