import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import type { LoginMutation, Role } from '@/gql/graphql';
import type { Permission } from '@/router/permissions';

export type SessionUser = LoginMutation['login']['user'];

interface Saved {
  token: string;
  expiresAt: string;
  user: SessionUser;
  viewTenantId: string | null;
}

// The token lives in sessionStorage, not localStorage: it survives a reload of this tab but dies
// with the tab and is not shared with other tabs or left on a shared office PC after the browser
// closes. The gateway issues bearer tokens (no httpOnly cookie to fall back on); memory alone would
// log people out on every reload, and the exposure to XSS is the same as for memory.
const KEY = 'zeren.session';

// Set when the tab still held a session that had expired meanwhile (the login page says so).
let expiredWhileAway = false;

function load(): Saved | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Saved;
    // Saved by a portal from before named permissions: sign in again rather than guess them.
    if (!Array.isArray(saved.user?.permissions)) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    if (new Date(saved.expiresAt).getTime() > Date.now()) return saved;
    expiredWhileAway = true;
    sessionStorage.removeItem(KEY);
    return null;
  } catch {
    return null;
  }
}

export type SignOutReason = 'expired' | 'logout' | 'password-changed';
type ExpiredListener = (reason: SignOutReason) => void;
const listeners = new Set<ExpiredListener>();

/** Called with the reason whenever the session ends without the user asking (expiry, 401). */
export function onSessionEnded(listener: ExpiredListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useSessionStore = defineStore('session', () => {
  const saved = load();
  const token = ref<string | null>(saved?.token ?? null);
  const expiresAt = ref<string | null>(saved?.expiresAt ?? null);
  const user = ref<SessionUser | null>(saved?.user ?? null);
  const viewTenantId = ref<string | null>(saved?.viewTenantId ?? null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const signedIn = computed(() => !!token.value && !!user.value);
  const roles = computed<readonly Role[]>(() => user.value?.roles ?? []);
  const permissions = computed<ReadonlySet<string>>(() => new Set(user.value?.permissions ?? []));
  const isCommittee = computed(() => user.value?.tenant.kind === 'COMMITTEE');
  /** The committee looking at one agency through the picker: the gateway makes that view read-only. */
  const narrowed = computed(() => isCommittee.value && !!viewTenantId.value);
  // Permission names end in their verb (area.verb), so a user holding only `*.read` ones changes nothing:
  // the committee's leaders and grid liaisons.
  const readOnly = computed(() => isCommittee.value && [...permissions.value].every((p) => p.endsWith('.read')));

  /** Whether the user's roles hold the permission (the server's catalogue decides which do). */
  function can(permission: Permission): boolean {
    return permissions.value.has(permission);
  }

  /** `can`, and the current view takes writes: for buttons that change something. */
  function canChange(permission: Permission): boolean {
    return can(permission) && !narrowed.value;
  }

  function persist(): void {
    if (token.value && user.value && expiresAt.value) {
      const data: Saved = { token: token.value, expiresAt: expiresAt.value, user: user.value, viewTenantId: viewTenantId.value };
      sessionStorage.setItem(KEY, JSON.stringify(data));
    } else {
      sessionStorage.removeItem(KEY);
    }
  }

  function armExpiry(): void {
    clearTimeout(timer);
    if (!expiresAt.value) return;
    // setTimeout overflows past ~24.8 days; tokens here live hours, but clamp anyway.
    const ms = Math.min(new Date(expiresAt.value).getTime() - Date.now(), 2 ** 31 - 1);
    timer = setTimeout(() => end('expired'), Math.max(ms, 0));
  }

  function signIn(payload: LoginMutation['login']): void {
    token.value = payload.token;
    expiresAt.value = payload.expiresAt;
    user.value = payload.user;
    viewTenantId.value = null;
    persist();
    armExpiry();
  }

  function setUser(next: SessionUser): void {
    user.value = next;
    persist();
  }

  function setViewTenant(id: string | null): void {
    viewTenantId.value = id;
    persist();
  }

  function clear(): void {
    clearTimeout(timer);
    token.value = null;
    expiresAt.value = null;
    user.value = null;
    viewTenantId.value = null;
    persist();
  }

  /** Ends the session and tells the listeners (the router sends the user to the login page). */
  function end(reason: SignOutReason): void {
    const had = signedIn.value;
    clear();
    if (had) listeners.forEach((l) => l(reason));
  }

  if (saved) armExpiry();

  /** True once if the session found on load had already expired. */
  function takeExpiredWhileAway(): boolean {
    const was = expiredWhileAway;
    expiredWhileAway = false;
    return was;
  }

  return { token, expiresAt, user, viewTenantId, signedIn, roles, isCommittee, narrowed, readOnly, can, canChange, signIn, setUser, setViewTenant, end, takeExpiredWhileAway };
});
