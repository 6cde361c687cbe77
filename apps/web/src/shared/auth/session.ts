// The signed-in session lives in this tab's sessionStorage (never localStorage): closing the
// tab signs out, and another site cannot read it.

export interface Session {
  token: string;
  /** Epoch milliseconds; the session ends then. */
  expiresAt: number;
  source: 'dev' | 'oidc';
  organizationId: string | null;
}

const KEY = 'ytmt.session';
type Listener = (session: Session | null, reason: 'changed' | 'expired') => void;
const listeners = new Set<Listener>();

function read(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    return typeof parsed.token === 'string' && typeof parsed.expiresAt === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function write(value: Session | null, reason: 'changed' | 'expired'): void {
  try {
    if (value) window.sessionStorage.setItem(KEY, JSON.stringify(value));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage may be unavailable; the session then lasts until the page is reloaded.
  }
  memory = value;
  endedByExpiry = value === null && reason === 'expired';
  for (const listener of listeners) listener(value, reason);
}

let memory: Session | null = null;
let endedByExpiry = false;

/** The sign-in page's address that returns to `returnTo`, saying so when the session ran out. */
export function signInPath(returnTo: string, expired: boolean): string {
  return `/signin?${expired ? 'expired=1&' : ''}returnTo=${encodeURIComponent(returnTo)}`;
}

export const session = {
  get(): Session | null {
    const current = memory ?? read();
    if (current && current.expiresAt <= Date.now()) {
      write(null, 'expired');
      return null;
    }
    memory = current;
    return current;
  },
  start(token: string, source: Session['source'], organizationId: string | null = null): Session {
    const value: Session = { token, source, organizationId, expiresAt: tokenExpiry(token) };
    write(value, 'changed');
    return value;
  },
  chooseOrganization(organizationId: string | null): void {
    const current = session.get();
    if (current) write({ ...current, organizationId }, 'changed');
  },
  end(): void {
    write(null, 'changed');
  },
  /** The API said the token is no longer good. */
  expire(): void {
    if (session.get()) write(null, 'expired');
  },
  /** Whether the last session ended because it expired (not by signing out). */
  expired(): boolean {
    return endedByExpiry;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The `exp` claim of a JWT (not verified here: the API verifies); one hour when absent. */
export function tokenExpiry(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    if (typeof payload.exp === 'number') return payload.exp * 1000;
  } catch {
    // not a JWT we can read
  }
  return Date.now() + 60 * 60 * 1000;
}
