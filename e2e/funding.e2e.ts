/** Calls after the deadline, as the cluster's people click them: evaluation, selection, results, payments. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, signIn } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const EN = { email: 'Email', password: 'Password', submit: 'Sign in' };

async function callId(page: Page, code: string): Promise<string> {
  const calls = (await (await page.request.get('/api/funding/calls')).json()) as { id: string; code: string }[];
  const found = calls.find((c) => c.code === code);
  if (!found) throw new Error(`no call ${code}`);
  return found.id;
}

describe('decided calls', () => {
  it('anyone reads the recipients of the 2024 vouchers without signing in (en)', async () => {
    const { page, context, errors } = await newPage(browser, 'en-GB');
    await page.goto('/calls/BI24/results');
    await page.getByRole('heading', { name: 'Recipients' }).waitFor();
    await page.getByText(/13 recipients/).waitFor();
    await page.getByText('Pizarras Valdeorras Norte S.L.').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('León staff read the ranking with its tie and the frozen selection (es)', async () => {
    const { page, context, errors } = await newPage(browser, 'es-ES');
    await signIn(page, 'staff@demo.veta.local');
    const id = await callId(page, 'BI24');
    await page.goto(`/funding/calls/${id}/ranking`);
    await page.getByRole('heading', { name: 'Clasificación' }).first().waitFor();
    await page.getByText('CALDERA-GREDOS').first().waitFor();
    await page.goto(`/funding/calls/${id}/selection`);
    await page.getByRole('heading', { name: 'Selección de BI24' }).waitFor();
    await page.getByText('HORMIGON-TWIN').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an expert opens an assigned application and her evaluation form (en)', async () => {
    const { page, context, errors } = await newPage(browser, 'en-GB');
    await signIn(page, 'evaluator@demo.veta.local', undefined, EN);
    await page.goto('/evaluation');
    await page.getByRole('heading', { name: 'My evaluations' }).waitFor();
    await page.getByRole('link', { name: 'Evaluation form' }).first().click();
    await page.waitForURL(/\/evaluation\/applications\/[0-9a-f-]{36}\/form/);
    await page.getByText(/Excellence|Technical quality/).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the member company follows its funded project and finance its programme (es)', async () => {
    const { page, context, errors } = await newPage(browser, 'es-ES');
    await signIn(page, 'member@demo.veta.local');
    await page.goto('/projects');
    await page.getByRole('heading', { name: 'Proyectos financiados' }).waitFor();
    await page.getByText('TWIN-PEÑAGRIS').first().waitFor();
    await context.close();
    const finance = await newPage(browser, 'es-ES');
    await signIn(finance.page, 'finance@demo.veta.local');
    await finance.page.goto('/reports');
    await finance.page.getByRole('heading', { name: 'Cuadro de mando del programa' }).waitFor();
    expect([...errors, ...finance.errors]).toEqual([]);
    await finance.context.close();
  });
});
