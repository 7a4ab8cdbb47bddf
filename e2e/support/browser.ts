/** Debian Chromium through playwright-core (never a downloaded browser). */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'veta-demo-2026';

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile in a language; page errors fail the test that reads `errors`. */
export async function newPage(browser: Browser, locale: 'es-ES' | 'en-GB' = 'es-ES'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, baseURL: baseUrl(), viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, labels = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar' }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(new RegExp(`^${labels.password}`)).first().fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByTestId('account-menu').waitFor();
}

/** Clicks the language switch in the header (ES / EN). */
export async function switchLanguage(page: Page, code: 'ES' | 'EN'): Promise<void> {
  await page.locator('label').filter({ hasText: new RegExp(`^${code}$`) }).first().click();
}
