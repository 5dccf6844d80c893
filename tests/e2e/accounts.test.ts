/**
 * Journeys of the accounts: sign-up → verification e-mail → login, with and without JavaScript,
 * and role-restricted pages refusing the wrong role. axe-core checks every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';

const baseURL = inject('baseURL');

/** The programme team reads the development mailbox and returns the first link to `path`. */
async function linkFromMailbox(team: Page, to: string, subject: string, path: string) {
	await team.goto('/admin/courriels');
	await expectAccessible(team);
	const row = team.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
	await row.getByRole('link').first().click();
	await team.waitForURL(/\/admin\/courriels\/.+/);
	await expectAccessible(team);
	const text = await mainText(team);
	const m = new RegExp(`https?://[^\\s"]+${path}[^\\s"]*`).exec(text);
	expect(m, `lien ${path} dans le message`).not.toBeNull();
	return new URL(m![0]).pathname + new URL(m![0]).search;
}

describe.each([
	{ javaScript: true, label: 'avec JavaScript' },
	{ javaScript: false, label: 'sans JavaScript' }
])('accounts ($label)', ({ javaScript }) => {
	let browser: Browser;
	let team: Page;
	beforeAll(async () => {
		browser = await launchBrowser();
		team = await (await newContext(browser, baseURL)).newPage();
		await loginAs(team, 'equipe@transformateur.test');
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('signs up, confirms the address from the e-mail, logs out and logs in again', async () => {
		const email = `lea.${javaScript ? 'js' : 'nojs'}.${Date.now()}@exemple.fr`;
		const password = 'un mot de passe solide';
		const context = await newContext(browser, baseURL, { javaScript });
		const page = await context.newPage();

		await page.goto('/inscription');
		await expectAccessible(page);
		await page.getByLabel('Prénom et nom').fill('Léa Fontaine');
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Mot de passe').fill(password);
		await page.getByLabel(/J’accepte que mes données personnelles/).check();
		await page.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect
			.poll(() => page.getByRole('heading', { name: 'Vérifiez votre boîte de réception' }).count())
			.toBe(1);
		await expectAccessible(page);

		// Not confirmed yet: the password alone does not open the account.
		await page.goto('/connexion');
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Mot de passe', { exact: true }).fill(password);
		await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await expect.poll(() => mainText(page)).toMatch(/confirm/i);
		await expectAccessible(page);

		const link = await linkFromMailbox(team, email, 'Confirmez votre adresse e-mail', '/verifier/');
		await page.goto(link);
		await page.waitForURL(/\/compte/);
		await expect.poll(() => mainText(page)).toContain('Votre adresse e-mail est confirmée');
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await expect.poll(() => page.getByRole('link', { name: 'Se connecter' }).count()).toBe(1);

		await page.goto('/connexion');
		await expectAccessible(page);
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Mot de passe', { exact: true }).fill('mauvais mot de passe');
		await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await expect.poll(() => mainText(page)).toContain('Adresse e-mail ou mot de passe incorrect.');
		await expectAccessible(page);
		await page.getByLabel('Mot de passe', { exact: true }).fill(password);
		await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
		await page.goto('/compte');
		await expect.poll(() => page.getByLabel('Prénom et nom').inputValue()).toBe('Léa Fontaine');
		await expectAccessible(page);
		await context.close();
	});
});

describe('role-restricted pages', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('sends an anonymous visitor of the back office to the login page, and back after', async () => {
		const context = await newContext(browser, baseURL);
		const page = await context.newPage();
		await page.goto('/admin/utilisateurs');
		await page.waitForURL(/\/connexion\?redirectTo=/);
		await page.getByLabel('Adresse e-mail').fill('equipe@transformateur.test');
		await page.getByLabel('Mot de passe', { exact: true }).fill('demo');
		await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await page.waitForURL((u) => u.pathname === '/admin/utilisateurs');
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).innerText())
			.toBe('Utilisateurs et rôles');
		await expectAccessible(page);
		await context.close();
	});

	for (const email of [
		'porteuse@transformateur.test',
		'jury@transformateur.test',
		'experte@transformateur.test',
		'aract-bretagne@transformateur.test'
	]) {
		it(`refuses the back office to ${email} with a 404`, async () => {
			const context = await newContext(browser, baseURL);
			const page = await context.newPage();
			await loginAs(page, email);
			for (const path of ['/admin', '/admin/utilisateurs', '/admin/journal', '/admin/courriels']) {
				const res = await page.goto(path);
				expect(res?.status(), path).toBe(404);
				await expect.poll(() => mainText(page)).toContain('Cette page n’existe pas');
			}
			await expectAccessible(page);
			await context.close();
		});
	}
});
