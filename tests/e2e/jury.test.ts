/**
 * The team sets up the 2016 demo call's jury: reads the default grid and the demo jury, is refused
 * a bad setting with the error next to its field, moves a criterion, invites someone who accepts
 * through the link with another account and then finds the call on their « Jury » page. With and
 * without JavaScript; axe-core on every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	expectAccessible,
	launchBrowser,
	linkFromMailbox,
	loginAs,
	mainText,
	newContext
} from './browser.ts';

const baseURL = inject('baseURL');

async function openJuryPage(page: Page) {
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Transformateur numérique' }).first().click();
	await page.getByRole('link', { name: 'Appels à projets', exact: true }).click();
	await page.waitForURL('**/appels');
	await page.getByRole('link', { name: 'Appel à projets 2016' }).first().click();
	await page.getByRole('link', { name: 'Jury et grille d’évaluation' }).click();
	await page.waitForURL('**/jury');
}

describe.each([true, false])('the jury of a call (JavaScript: %s)', (javaScript) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the team reads the grid and the jury, fixes a setting, moves a criterion', async () => {
		const page = await (await newContext(browser, baseURL, { javaScript })).newPage();
		await loginAs(page, 'equipe@transformateur.test');
		await openJuryPage(page);
		const text = await mainText(page);
		expect(text).toContain('Impact QVT attendu');
		expect(text).toContain('Sophie Bernard');
		expect(text).toContain('claire.fontaine@transformateur.test');
		expect(text).toContain('Invitée');
		await expectAccessible(page);

		await page.getByLabel('Évaluations par candidature').fill('0');
		await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
		await expect
			.poll(() => mainText(page))
			.toContain('Indiquez un nombre entier d’évaluations par candidature, de 1 à 10.');
		await expectAccessible(page);
		await page.getByLabel('Évaluations par candidature').fill('3');
		await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
		await expect
			.poll(() => mainText(page))
			.toContain('Les réglages de l’évaluation sont enregistrés.');

		// Move criterion 2 up, then back.
		await page.getByRole('button', { name: 'Monter le critère 2' }).click();
		await expect.poll(() => mainText(page)).toContain('La grille d’évaluation est enregistrée.');
		await expect
			.poll(() => page.getByLabel('Libellé en français').first().inputValue())
			.toBe('Démarche participative et dialogue social');
		await page.getByRole('button', { name: 'Monter le critère 2' }).click();
		await expect
			.poll(() => page.getByLabel('Libellé en français').first().inputValue())
			.toBe('Impact QVT attendu');
	});

	// The demo expert joins once (with JavaScript); the run without did the forms above.
	it.skipIf(!javaScript)(
		'an invited person joins with another account and finds the call',
		async () => {
			const context = await newContext(browser, baseURL, { javaScript });
			const team = await context.newPage();
			await loginAs(team, 'equipe@transformateur.test');
			await openJuryPage(team);
			const email = 'nadia.expertise@transformateur.test';
			await team.getByLabel('Adresses e-mail').fill(email);
			await team.getByLabel('Santé au travail').last().check();
			await team.getByRole('button', { name: 'Inviter' }).click();
			await expect.poll(() => mainText(team)).toContain('Invitation(s) envoyée(s).');
			expect(await mainText(team)).toContain(email);
			const link = await linkFromMailbox(team, email, 'Invitation au jury', '/jury/invitation/');

			const other = await newContext(browser, baseURL, { javaScript });
			const juror = await other.newPage();
			await loginAs(juror, 'experte@transformateur.test');
			await juror.goto(link);
			const text = await mainText(juror);
			expect(text).toContain('Appel à projets 2016');
			expect(text).toContain(`L’invitation a été envoyée à ${email}`);
			await expectAccessible(juror);
			await juror.getByRole('button', { name: 'Rejoindre le jury' }).click();
			await juror.waitForURL('**/jury?notice=joined');
			expect(await mainText(juror)).toContain('Vous avez rejoint le jury.');
			expect(await mainText(juror)).toContain('Appel à projets 2016');
			await expectAccessible(juror);
			expect(await juror.getByRole('link', { name: 'Jury', exact: true }).isVisible()).toBe(true);

			// The link is spent.
			await juror.goto(link);
			expect(await mainText(juror)).toContain('Ce lien d’invitation n’est pas valide');
		}
	);
});
