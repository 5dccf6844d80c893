/**
 * The demo holder applies to the open demo call: starts a draft from the call's page, sees what is
 * missing, fills in the organisation and the answers, saves, submits and gets a receipt; the team
 * then finds the receipt e-mail in the development mailbox. With and without JavaScript;
 * axe-core on every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';

const baseURL = inject('baseURL');
const HOLDER = 'porteuse@transformateur.test';

/** A valid SIRET: 13 digits and their Luhn check digit. */
function siret(base13: string): string {
	for (let d = 0; d <= 9; d++) {
		const digits = base13 + d;
		let sum = 0;
		for (let i = 0; i < digits.length; i++) {
			let n = Number(digits[digits.length - 1 - i]);
			if (i % 2 === 1) {
				n *= 2;
				if (n > 9) n -= 9;
			}
			sum += n;
		}
		if (sum % 10 === 0) return digits;
	}
	throw new Error('impossible');
}

const group = (page: Page, name: RegExp) => page.getByRole('group', { name });

describe.each([
	{
		javaScript: true,
		label: 'avec JavaScript',
		name: 'Coopérative Ergonomia',
		base: '8123456780001'
	},
	{
		javaScript: false,
		label: 'sans JavaScript',
		name: 'Atelier Charge Juste',
		base: '5312457890002'
	}
])('a holder applies ($label)', ({ javaScript, name, base }) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('starts a draft, fills it in, submits it and gets a receipt', async () => {
		const context = await newContext(browser, baseURL, { javaScript });
		const page = await context.newPage();
		await loginAs(page, HOLDER);

		await page.goto('/');
		await page.getByRole('link', { name: /^Appel à projets \d{4}-\d{4}$/ }).click();
		await page.waitForURL('**/programmes/transformateur-numerique/appels/**');
		const callTitle = await page.getByRole('heading', { level: 1 }).innerText();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Candidater', exact: true }).click();
		await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}/);
		const draftUrl = new URL(page.url()).pathname;

		// What is missing, before anything is filled in.
		let text = await mainText(page);
		expect(text).toContain('Votre brouillon est créé.');
		expect(text).toContain('Ce qu’il manque');
		expect(text).toContain('le profil de votre structure');
		expect(text).toContain('Titre du projet (section « Le projet »)');
		expect(text).toContain(
			'question affichée si « Des chercheurs sont-ils associés au projet ? » vaut « Oui »'
		);
		await expectAccessible(page);

		// A wrong SIRET: refused, and nothing typed is lost.
		await page.getByLabel('Raison sociale').fill(name);
		await page.getByLabel('Type de structure').selectOption({ label: 'start-up' });
		await page.getByLabel('Numéro SIRET').fill('12345678901234');
		await page.getByLabel('Effectif salarié').selectOption({ label: '10 à 49 salarié·es' });
		await page.getByLabel('Code postal du siège').fill('35000');
		await page.getByLabel('Titre du projet').fill('Baromètre participatif de la charge de travail');
		await page
			.getByLabel('Résumé du projet')
			.fill('Une application co-construite avec les équipes pour mesurer la charge ressentie.');
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(page)).toContain('Le formulaire contient');
		expect(await page.getByLabel('Titre du projet').inputValue()).toBe(
			'Baromètre participatif de la charge de travail'
		);
		expect(await page.getByLabel('Résumé du projet').inputValue()).toContain('co-construite');
		expect(await page.getByLabel('Raison sociale').inputValue()).toBe(name);
		await expectAccessible(page);

		// A co-holder's save in between: this save is refused, and what was typed stays.
		const other = await context.newPage();
		await other.goto(draftUrl);
		await other.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(other)).toContain('Le brouillon a été enregistré.');
		await other.close();
		await page.getByLabel('Numéro SIRET').fill(siret(base));
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(page)).toContain('Votre saisie est conservée');
		expect(await mainText(page)).toContain('Quelqu’un a enregistré ce dossier entre-temps');
		expect(await page.getByLabel('Titre du projet').inputValue()).toBe(
			'Baromètre participatif de la charge de travail'
		);
		expect(await page.getByLabel('Numéro SIRET').inputValue()).toBe(siret(base));
		await expectAccessible(page);

		// The required answers.
		await group(page, /^Type de projet/)
			.getByLabel('Application numérique de sensibilisation à la QVT')
			.check();
		await group(page, /^Stade du projet/)
			.getByLabel('Prototyper')
			.check();
		await group(page, /^Thèmes QVCT concernés/)
			.getByLabel('Santé au travail')
			.check();
		await page
			.getByLabel('En quoi le projet est-il innovant sur le plan technologique ?')
			.fill('Un questionnaire court, des tableaux de bord partagés.');
		await page
			.getByLabel('En quoi le projet est-il innovant sur le plan social et organisationnel ?')
			.fill('Les salarié·es conçoivent les indicateurs avec leur encadrement.');
		await group(page, /^Votre projet combine-t-il/)
			.getByLabel('Oui')
			.check();
		await group(page, /^Le projet implique-t-il/)
			.getByLabel('Oui')
			.check();
		await page.getByLabel('L’équipe du projet').fill('Une ergonome, un développeur, une RH.');
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(page)).toContain('Le brouillon a été enregistré.');
		text = await mainText(page);
		expect(text).toContain('Rien ne manque');
		expect(text).toContain('Région : Bretagne');
		expect(await page.getByLabel('L’équipe du projet').inputValue()).toBe(
			'Une ergonome, un développeur, une RH.'
		);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Déposer ma candidature' }).click();
		await page.waitForURL('**/recu');
		text = await mainText(page);
		expect(text).toContain('Accusé de réception');
		expect(text).toContain(callTitle);
		expect(text).toContain(name);
		expect(text).toMatch(/\d{1,2} \S+ \d{4} à \d{2}:\d{2} \(heure de Paris\)/);
		const reference = /[A-Z]{1,4}-\d{4}-\d{4}/.exec(text)?.[0];
		expect(reference).toBeTruthy();
		if (javaScript) {
			// The button appears once the page's script runs.
			await expect.poll(() => page.getByRole('button', { name: 'Imprimer' }).count()).toBe(1);
		} else {
			expect(text).toContain('Utilisez la fonction d’impression de votre navigateur');
		}
		await expectAccessible(page);

		// The application now reads as submitted; « Mes candidatures » lists it.
		await page.goto(draftUrl);
		text = await mainText(page);
		expect(text).toContain('Statut : déposée');
		expect(text).toContain('Baromètre participatif de la charge de travail');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Mes candidatures', exact: true }).click();
		await page.waitForURL('**/candidatures');
		text = await mainText(page);
		expect(text).toContain(reference!);
		expect(text).toContain('déposée');
		await expectAccessible(page);
		await context.close();

		// The team reads the receipt e-mail.
		const teamContext = await newContext(browser, baseURL, { javaScript });
		const team = await teamContext.newPage();
		await loginAs(team, 'equipe@transformateur.test');
		await team.goto('/admin/courriels');
		const row = team
			.getByRole('row')
			.filter({ hasText: HOLDER })
			.filter({ hasText: `Candidature déposée : ${reference}` });
		expect(await row.count()).toBe(1);
		await expectAccessible(team);
		await teamContext.close();
	});
});
