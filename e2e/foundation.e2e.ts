import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, signIn, switchLanguage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('foundation', () => {
  it('signs in in Spanish, switches to English and keeps the choice in the profile', async () => {
    const { page, context, errors } = await newPage(browser, 'es-ES');
    await signIn(page, 'admin@demo.veta.local');
    await expect(page.getByRole('heading', { name: 'Hola, Lucía' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Socios' }).first().isVisible()).resolves.toBe(true);
    await switchLanguage(page, 'EN');
    await page.getByRole('heading', { name: 'Welcome, Lucía' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Lucía' }).waitFor();
    await expect(page.getByRole('link', { name: 'Members' }).first().isVisible()).resolves.toBe(true);
    await switchLanguage(page, 'ES');
    await page.getByRole('heading', { name: 'Hola, Lucía' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an administrator invites a person, who accepts through the link in the outbox', async () => {
    const { page, context, errors } = await newPage(browser, 'en-GB');
    await signIn(page, 'admin@demo.veta.local', undefined, { email: 'Email', password: 'Password', submit: 'Sign in' });
    await page.getByRole('heading', { name: /Welcome|Hola/ }).waitFor();
    if (await page.getByRole('heading', { name: /Hola/ }).isVisible()) await switchLanguage(page, 'EN');
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Invite a person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('new.expert@example.org');
    await dialog.getByLabel('Full name').fill('Nora Expert');
    await dialog.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Evaluator' }).click();
    await dialog.getByLabel('Language of the invitation').click();
    await page.getByRole('option', { name: 'English' }).click();
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('Invitation sent to new.expert@example.org').waitFor();

    await page.goto('/admin/outbox');
    await page.getByTestId('outbox-item').filter({ hasText: 'new.expert@example.org' }).first().click();
    const body = await page.getByTestId('outbox-body').innerText();
    const link = /https?:\/\/\S+accept-invite\?token=[\w-]+/.exec(body)?.[0];
    expect(link).toBeTruthy();

    const guest = await newPage(browser, 'en-GB');
    await guest.page.goto(new URL(link!).pathname + new URL(link!).search);
    await guest.page.getByText('Choose a password for new.expert@example.org.').waitFor();
    await guest.page.getByLabel('New password').fill('a long passphrase for nora');
    await guest.page.getByLabel('Repeat the password').fill('a long passphrase for nora');
    await guest.page.getByRole('button', { name: 'Accept and sign in' }).click();
    await guest.page.getByRole('heading', { name: 'Welcome, Nora' }).waitFor();
    expect([...errors, ...guest.errors]).toEqual([]);
    await guest.context.close();
    await context.close();
  });

  it('a person resets a forgotten password with the link from the outbox', async () => {
    const visitor = await newPage(browser, 'es-ES');
    await visitor.page.goto('/sign-in');
    await visitor.page.getByRole('link', { name: '¿Has olvidado la contraseña?' }).click();
    await visitor.page.getByLabel('Correo electrónico').fill('member@demo.veta.local');
    await visitor.page.getByRole('button', { name: 'Enviar el enlace' }).click();
    await visitor.page.getByText('Revisa tu correo').waitFor();

    const admin = await newPage(browser, 'es-ES');
    await signIn(admin.page, 'admin@demo.veta.local');
    await admin.page.goto('/admin/outbox');
    await admin.page.getByTestId('outbox-item').filter({ hasText: 'member@demo.veta.local' }).first().click();
    const body = await admin.page.getByTestId('outbox-body').innerText();
    const link = /https?:\/\/\S+reset-password\?token=[\w-]+/.exec(body)?.[0];
    expect(link).toBeTruthy();

    await visitor.page.goto(new URL(link!).pathname + new URL(link!).search);
    await visitor.page.getByLabel('Contraseña nueva').fill('otra contraseña muy larga');
    await visitor.page.getByLabel('Repite la contraseña').fill('otra contraseña muy larga');
    await visitor.page.getByRole('button', { name: 'Guardar la contraseña nueva' }).click();
    await visitor.page.getByText('Contraseña cambiada').waitFor();
    await signIn(visitor.page, 'member@demo.veta.local', 'otra contraseña muy larga');
    expect([...visitor.errors, ...admin.errors]).toEqual([]);
    await visitor.context.close();
    await admin.context.close();
  });
});
