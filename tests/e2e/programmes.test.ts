/**
 * The programme team creates a programme and a cycle with its calendar; the public side then shows
 * the programme, its calendar and its open call. With and without JavaScript; axe-core everywhere.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';
import { toParisDateTimeInput } from '#lib/i18n/format.ts';

const baseURL = inject('baseURL');
const DAY = 24 * 3600 * 1000;
const inDays = (n: number) => toParisDateTimeInput(new Date(Date.now() + n * DAY));

describe.each([
	{ javaScript: true, label: 'avec JavaScript', name: 'Transformateur Occitanie' },
	{ javaScript: false, label: 'sans JavaScript', name: 'Transformateur Grand Est' }
])('programme and cycle creation ($label)', ({ javaScript, name }) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the team creates a programme, then a cycle whose call is open, visible to the public', async () => {
		const context = await newContext(browser, baseURL, { javaScript });
		const page = await context.newPage();
		await loginAs(page, 'equipe@transformateur.test');

		await page.goto('/admin');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Créer un programme' }).click();
		await page.waitForURL('**/admin/programmes/nouveau');
		await expectAccessible(page);
		await page.getByLabel('Nom du programme').fill(name);
		await page.getByLabel('Opérateurs').fill('Aract et Région');
		await page
			.getByLabel('Description')
			.fill('Une édition régionale du programme.\n\nDeux promotions par an.');
		await page.getByRole('button', { name: 'Créer le programme' }).click();
		await expect.poll(() => mainText(page)).toContain('Le programme a été créé.');
		await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
		// The edit form shows what was saved, even without JavaScript (nothing gets wiped on save).
		expect(await page.getByLabel('Description').inputValue()).toContain('Deux promotions par an.');
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Nouvelle promotion' }).click();
		await page.waitForURL('**/promotions/nouvelle');
		await expectAccessible(page);
		await page.getByLabel('Nom de la promotion').fill('Promotion 1 — 2027');
		// A calendar in the wrong order is refused with a message, and nothing is created.
		await page.getByLabel('Début — Appel à projets ouvert').fill(inDays(-10));
		await page.getByLabel('Début — Appel à projets clos').fill(inDays(-20));
		await page.getByRole('button', { name: 'Créer la promotion' }).click();
		await expect.poll(() => mainText(page)).toContain('Le formulaire contient des erreurs');
		await expectAccessible(page);
		expect(await page.getByLabel('Nom de la promotion').inputValue()).toBe('Promotion 1 — 2027');

		await page.getByLabel('Début — Appel à projets clos').fill(inDays(20));
		await page.getByLabel('Début — Présélection').fill(inDays(25));
		await page.getByRole('button', { name: 'Créer la promotion' }).click();
		await page.waitForURL((u) => !u.pathname.endsWith('/nouvelle'));
		await expectAccessible(page);

		// The public side, for anyone.
		const visitor = await (await newContext(browser, baseURL, { javaScript })).newPage();
		await visitor.goto('/');
		const openCalls = visitor.locator('section', {
			has: visitor.getByRole('heading', { name: 'Appels à projets ouverts' })
		});
		await expect.poll(() => openCalls.innerText()).toContain(name);
		await expectAccessible(visitor);
		await visitor.getByRole('link', { name }).first().click();
		await visitor.waitForURL('**/programmes/**');
		const text = await mainText(visitor);
		expect(text).toContain('Aract et Région');
		expect(text).toContain('Promotion 1 — 2027');
		expect(text).toContain('Phase actuelle : Appel à projets ouvert');
		await expectAccessible(visitor);
		await context.close();
	});
});

describe('phone-sized screens', () => {
	it('the demo programme page reads well on a phone and stays accessible', async () => {
		const browser = await launchBrowser();
		const page = await (await newContext(browser, baseURL, { mobile: true })).newPage();
		await page.goto('/programmes/transformateur-numerique');
		const text = await mainText(page);
		expect(text).toContain('Anact et Fing');
		expect(text).toContain('Promotion 1 — 2016-2017');
		// Nothing wider than the screen but tables, which scroll inside their own box.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectAccessible(page);
		await browser.close();
	});
});
