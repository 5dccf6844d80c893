/**
 * The jury's work on the 2016 demo call: the team previews an assignment of the demo jury and
 * applies it; the demo juror finds their applications, opens one, saves a draft, is refused an
 * incomplete submission with the errors by the criteria, then scores every criterion and submits;
 * the review then reads as submitted. Once with JavaScript (the assignment is applied once), the
 * review pages also without it; axe-core on every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';

const baseURL = inject('baseURL');
const TEAM = 'equipe@transformateur.test';
const JUROR = 'jury@transformateur.test';
const WAIT = { timeout: 15_000 };

async function openCall(page: Page, link: string) {
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Transformateur numérique' }).first().click();
	await page.getByRole('link', { name: 'Appels à projets', exact: true }).click();
	await page.waitForURL('**/appels');
	await page.getByRole('link', { name: 'Appel à projets 2016' }).first().click();
	await page.getByRole('link', { name: link }).click();
}

describe('the jury assigns and reviews', () => {
	let teamBrowser: Browser;
	let jurorBrowser: Browser;
	beforeAll(async () => {
		teamBrowser = await launchBrowser();
		jurorBrowser = await launchBrowser();
	});
	afterAll(async () => {
		await teamBrowser?.close();
		await jurorBrowser?.close();
	});

	it('the team previews and applies an assignment of the demo jury', async () => {
		const team = await (await newContext(teamBrowser, baseURL)).newPage();
		await loginAs(team, TEAM);
		await openCall(team, 'Affectation du jury');
		await team.waitForURL('**/affectation');
		await expectAccessible(team);
		await team.getByRole('button', { name: 'Prévisualiser une affectation' }).click();
		await expect.poll(() => mainText(team), WAIT).toContain('Aperçu de l’affectation calculée');
		await expectAccessible(team);
		await team.getByRole('button', { name: 'Appliquer cette affectation' }).click();
		await expect.poll(() => mainText(team), WAIT).toContain('Affectation appliquée');
		expect(await mainText(team)).toContain('Sophie Bernard');
		await expectAccessible(team);
	});

	describe.each([true, false])('the demo juror reviews (JavaScript: %s)', (javaScript) => {
		it('saves a draft, is told what is missing, then submits', async () => {
			const page = await (await newContext(jurorBrowser, baseURL, { javaScript })).newPage();
			await loginAs(page, JUROR);
			await page.goto('/jury');
			await expectAccessible(page);
			await page
				.getByRole('link', { name: /^Mes évaluations/ })
				.first()
				.click();
			await page.waitForURL('**/evaluations');
			await expectAccessible(page);
			// An application not yet reviewed.
			await page
				.getByRole('link', { name: /^Évaluer « / })
				.first()
				.click();
			await page.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
			await expectAccessible(page);

			const criteria = page.locator('form fieldset');
			const count = await criteria.count();
			expect(count).toBeGreaterThanOrEqual(6);

			// A first score and a comment, saved as a draft.
			await criteria.first().getByLabel('3', { exact: true }).check();
			await criteria
				.first()
				.getByRole('textbox')
				.fill('Un impact attendu sur la charge ressentie.');
			await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
			await expect.poll(() => mainText(page), WAIT).toContain('Brouillon enregistré.');
			await expectAccessible(page);

			// Submitting now: refused, with what is missing by the criteria; nothing lost.
			await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
			await expect.poll(() => mainText(page), WAIT).toContain('choisissez une note');
			expect(await criteria.first().getByRole('textbox').inputValue()).toBe(
				'Un impact attendu sur la charge ressentie.'
			);
			await expectAccessible(page);

			// Every criterion scored and commented: submitted, then read-only.
			for (let i = 0; i < count; i++) {
				const c = criteria.nth(i);
				await c.getByLabel(String(2 + (i % 3)), { exact: true }).check();
				await c.getByRole('textbox').fill(`Appréciation argumentée du critère ${i + 1}.`);
			}
			await page
				.getByLabel('Commentaire à la structure candidate')
				.fill('Un projet solide ; précisez le calendrier.');
			await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
			await expect.poll(() => mainText(page), WAIT).toContain('ne peut plus être modifiée');
			await expect
				.poll(() => page.getByRole('button', { name: 'Soumettre l’évaluation' }).count(), WAIT)
				.toBe(0);
			await expectAccessible(page);
		}, 180_000);
	});
});
