import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface E2eContext {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  baseUrl: string;
  /** Signs in through the login form and waits until the portal has left the login page. */
  login(username: string, password?: string): Promise<void>;
}

export interface E2eCase {
  name: string;
  run(ctx: E2eContext): Promise<void>;
}

export const DEMO_PASSWORD = 'Zeren@2026';

const registry: E2eCase[] = [];

/** Registers one browser test; each runs in a fresh browser context (no session carried over). */
export function test(name: string, run: (ctx: E2eContext) => Promise<void>): void {
  registry.push({ name, run });
}

export function registeredCases(): E2eCase[] {
  return registry;
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls until `probe` returns a truthy value (or throws the last reason after `timeout` ms). */
export async function eventually<T>(probe: () => Promise<T>, message: string, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`${message}${last instanceof Error ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
