/**
 * The jury's work on the 2016 demo call: the team previews an assignment of the demo jury and
 * applies it; the demo juror finds their applications, opens one, saves a draft, is refused an
 * incomplete submission with the errors by the criteria, then scores every criterion and submits;
 * the review then reads as submitted. The team then decides every application under review
 * (shortlisted, waitlisted or not), reads the ranking, and informs every applicant at once; the
 * decision e-mails are in the development mailbox. Once with JavaScript (the assignment is
 * applied once), the review pages also without it; axe-core on every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';

const DECISIONS = ['shortlisted', 'waitlisted', 'not_shortlisted'] as const;

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

	it('the team decides, reads the ranking, and informs every applicant at once', async () => {
		const team = await (await newContext(teamBrowser, baseURL)).newPage();
		await loginAs(team, TEAM);
		await openCall(team, 'Décisions de présélection');
		await team.waitForURL('**/decisions');
		await expectAccessible(team);
		// Informing now is refused: applications are still undecided.
		await team.getByRole('button', { name: 'Informer toutes les candidatures…' }).click();
		await expect
			.poll(() => mainText(team), WAIT)
			.toContain('sont encore en cours d’examen : décidez pour chacune avant d’informer');
		expect(await team.getByRole('button', { name: 'Confirmer l’envoi' }).count()).toBe(0);
		await openCall(team, 'Décisions de présélection');
		await team.waitForURL('**/decisions');

		// One decision per application under review, each with its reason.
		const undecided = () => team.locator('form:has(input[name="from"][value="under_review"])');
		const total = await undecided().count();
		expect(total).toBeGreaterThan(0);
		for (let i = 0; i < total; i++) {
			// A decided application's form starts from its decision; the next undecided one is next.
			const f = undecided().first();
			await f.locator('select[name="decision"]').selectOption(DECISIONS[i % 3]);
			await f.locator('[name="reason"]').fill(`Décision argumentée n° ${i + 1} du jury.`);
			await f.getByRole('button', { name: 'Enregistrer la décision' }).click();
			await expect.poll(() => undecided().count(), WAIT).toBe(total - i - 1);
		}
		expect(await mainText(team)).toMatch(/présélectionnées sur un objectif de 12/);
		await expectAccessible(team);

		// The ranking, at hand.
		await team.getByRole('link', { name: 'Voir le classement' }).click();
		await team.waitForURL('**/classement');
		expect(await mainText(team)).toContain('Objectif');
		await expectAccessible(team);
		await openCall(team, 'Décisions de présélection');
		await team.waitForURL('**/decisions');

		// Everyone informed at once, after a confirmation.
		await team.getByRole('button', { name: 'Informer toutes les candidatures…' }).click();
		await team.getByRole('button', { name: 'Confirmer l’envoi' }).click();
		await expect.poll(() => mainText(team), WAIT).toMatch(/e-mails envoyés aux porteur·ses/);
		await expectAccessible(team);
		await team.goto('/admin/courriels');
		expect(
			await team
				.getByRole('row')
				.filter({ hasText: 'Décision sur votre candidature TN-2016' })
				.count()
		).toBeGreaterThan(0);
	}, 180_000);
});
