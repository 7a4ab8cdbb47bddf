/** The main flow of each module, as the cluster's people click it, in both languages. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, signIn, switchLanguage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const EN = { email: 'Email', password: 'Password', submit: 'Sign in' };

describe('members registry', () => {
  it('León staff find a slate company despite a typo and open its SME status (es)', async () => {
    const { page, context, errors } = await newPage(browser, 'es-ES');
    await signIn(page, 'staff@demo.veta.local');
    await page.getByRole('link', { name: 'Socios' }).first().click();
    await page.getByRole('heading', { name: 'Socios y organizaciones' }).waitFor();
    await page.getByPlaceholder(/Busca por nombre/).fill('pizzaras');
    await page.waitForURL(/q=pizzaras/);
    await page.getByText('Pizarras Valdeorras Norte S.L.').first().click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: 'Pizarras Valdeorras Norte S.L.' }).waitFor();
    await page.getByRole('tab', { name: 'Tamaño y condición de pyme' }).click();
    await page.getByText(/pyme|microempresa|pequeña|mediana/i).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('anyone browses the public directory without signing in (en)', async () => {
    const { page, context, errors } = await newPage(browser, 'en-GB');
    await page.goto('/directory');
    await page.getByRole('heading', { name: 'Directory of the cluster' }).waitFor();
    await page.getByText('Agencia de Desarrollo Minero de Castilla y León').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('critical raw materials', () => {
  it('a member reads the criticality check and opens a material (en)', async () => {
    const { page, context, errors } = await newPage(browser, 'en-GB');
    await signIn(page, 'member@demo.veta.local', undefined, EN);
    await switchLanguage(page, 'EN');
    await page.goto('/materials/criticality');
    await page.getByText('Same materials as the Act’s list of critical raw materials.').waitFor();
    await page.goto('/materials');
    await page.getByRole('link', { name: /Tungsten/ }).first().click();
    await page.getByRole('heading', { name: /Tungsten/ }).first().waitFor();
    await switchLanguage(page, 'ES');
    await page.getByRole('heading', { name: /Wolframio/ }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('impact', () => {
  it('the member company sees its digital-twin measure with verified savings (es)', async () => {
    const { page, context, errors } = await newPage(browser, 'es-ES');
    await signIn(page, 'member@demo.veta.local');
    await page.getByRole('link', { name: 'Impacto' }).first().click();
    await page.getByText('Energía ahorrada').first().waitFor();
    await page.goto('/impact/measures');
    await page.getByText('Gemelo digital de la línea de corte y serrado').first().click();
    await page.getByText('Ahorros (IPMVP, opción C)').waitFor();
    await page.getByText(/11,8\s?%/).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
