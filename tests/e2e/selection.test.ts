/**
 * The selection session and the final selection on the 2016 demo call, after the jury shortlisted
 * (reviewing.test.ts runs before: files run in name order). The team creates the December session,
 * convokes the shortlisted holders and the jury (with a calendar file), a holder answers from the
 * e-mail's link without logging in, the team records the attendance. The team saves the pitch grid; reads
 * the synergies between the shortlisted projects and links two of them; the demo juror scores the
 * pitches on a phone — with JavaScript, through a lost connection that loses nothing, and without
 * JavaScript by a plain form; the team retains one project, turns down the others, each with a
 * reason, and informs every holder at once. axe-core on every page visited.
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

describe('the selection session and the final selection', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the team saves the pitch grid and reads the synergies', async () => {
		const team = await (await newContext(browser, baseURL)).newPage();
		await loginAs(team, TEAM);
		await openCall(team, 'Sélection finale');
		await team.waitForURL('**/selection-finale');
		await expectAccessible(team);
		expect(await mainText(team)).toMatch(/présélectionn/);

		await team.getByRole('link', { name: 'Grille de pitch' }).click();
		await team.waitForURL('**/selection-finale/grille');
		await expectAccessible(team);
		await team.getByRole('button', { name: 'Enregistrer la grille de pitch' }).first().click();
		await expect.poll(() => mainText(team), WAIT).toContain('Grille de pitch enregistrée.');

		await openCall(team, 'Synergies entre projets présélectionnés');
		await team.waitForURL('**/synergies');
		await expectAccessible(team);
		const text = await mainText(team);
		expect(text).toMatch(/projet\(s\) présélectionné\(s\)/);
		const forms = team.locator('form[action="?/decide"]');
		if ((await forms.count()) > 0) {
			// The first suggestion becomes a cooperation; it moves to the decisions taken.
			const first = forms.first();
			await first.locator('select[name="decision"]').selectOption('cooperation');
			await first.locator('textarea[name="note"]').fill('Deux projets qui gagnent à échanger.');
			await first.getByRole('button', { name: 'Enregistrer la décision' }).click();
			await expect.poll(() => mainText(team), WAIT).toContain('Décision enregistrée.');
			expect(await mainText(team)).toContain('Coopération');
			await expectAccessible(team);
		}
	}, 180_000);

	it('the team creates the December session, convokes, a holder replies, attendance is kept', async () => {
		const team = await (await newContext(browser, baseURL)).newPage();
		await loginAs(team, TEAM);
		await team.goto('/admin');
		await team.getByRole('link', { name: 'Transformateur numérique' }).first().click();
		await team.getByRole('link', { name: 'Promotion 1 — 2016-2017' }).first().click();
		await team.getByRole('link', { name: 'Sessions (sélection, feuille de route)' }).click();
		await team.waitForURL('**/sessions');
		await expectAccessible(team);
		await team.getByRole('link', { name: 'Nouvelle session' }).click();
		await team.waitForURL('**/sessions/nouvelle');
		await expectAccessible(team);

		// Refused without dates: what was typed stays.
		await team.getByLabel('Titre').fill('Session de sélection de décembre');
		await team.getByRole('button', { name: 'Créer la session' }).click();
		await expect.poll(() => mainText(team), WAIT).toContain('Indiquez la date et l’heure.');
		expect(await team.getByLabel('Titre').inputValue()).toBe('Session de sélection de décembre');
		await expectAccessible(team);

		await team.locator('#startsAt').fill('2026-12-10T09:00');
		await team.locator('#endsAt').fill('2026-12-11T17:00');
		await team.getByLabel('Lieu').fill('Anact, 192 avenue Thiers, Lyon');
		await team.getByLabel('Capacité (personnes)').fill('40');
		await team.getByRole('button', { name: 'Créer la session' }).click();
		await expect.poll(() => mainText(team), WAIT).toContain('Session créée (brouillon).');
		await expectAccessible(team);

		await team
			.getByRole('button', { name: 'Convoquer les porteurs des projets présélectionnés' })
			.click();
		await expect.poll(() => mainText(team), WAIT).toMatch(/Personnes ajoutées : [1-9]/);
		await team.getByRole('button', { name: 'Ajouter le jury des appels de la promotion' }).click();
		await expect.poll(() => mainText(team), WAIT).toMatch(/Personnes ajoutées : [1-9]/);
		await team.getByRole('button', { name: /^Envoyer les convocations \(\d+\)$/ }).click();
		await expect.poll(() => mainText(team), WAIT).toMatch(/Convocations envoyées : [1-9]/);
		await expectAccessible(team);

		// A holder answers from the e-mail's link, without logging in.
		await team.goto('/admin/courriels');
		// A holder of a shortlisted project (the demo's holders are porteur-NN@ or porteuse@).
		const row = team
			.getByRole('row')
			.filter({ hasText: 'Convocation : Session de sélection de décembre' })
			.filter({ hasText: /porteu(r|se)/ })
			.first();
		const to = (await row.getByRole('cell').nth(1).innerText()).trim();
		const path = await linkFromMailbox(team, to, 'Convocation', '/sessions/reponse/');
		expect(await mainText(team)).toContain('.ics');
		const holder = await (await newContext(browser, baseURL, { javaScript: false })).newPage();
		await holder.goto(path);
		expect(await mainText(holder)).toContain('Session de sélection de décembre');
		await holder.getByLabel('Oui, je serai présent·e').check();
		await holder.getByLabel('Nombre de personnes (vous compris·e)').fill('2');
		await holder.getByRole('button', { name: 'Envoyer ma réponse' }).click();
		await expect.poll(() => mainText(holder), WAIT).toContain('Réponse enregistrée.');

		// The team sees the reply, prints the sheet and records the attendance.
		await team.goto('/admin');
		await team.getByRole('link', { name: 'Transformateur numérique' }).first().click();
		await team.getByRole('link', { name: 'Promotion 1 — 2016-2017' }).first().click();
		await team.getByRole('link', { name: 'Sessions (sélection, feuille de route)' }).click();
		await team.getByRole('link', { name: 'Session de sélection de décembre' }).click();
		await expect
			.poll(() => mainText(team), WAIT)
			.toMatch(/2 personnes attendues|personnes attendues/);
		await team.getByRole('link', { name: 'Feuille d’émargement et relevé des présences' }).click();
		await team.waitForURL('**/emargement');
		await expectAccessible(team);
		expect(await mainText(team)).toContain('Signature');
		await team.getByRole('button', { name: 'Enregistrer les présences' }).click();
		await expect.poll(() => mainText(team), WAIT).toContain('Présences enregistrées.');
	}, 240_000);

	it('the juror scores a pitch on a phone and loses nothing offline (JavaScript)', async () => {
		const context = await newContext(browser, baseURL, { mobile: true });
		const page = await context.newPage();
		await loginAs(page, JUROR);
		await page.goto('/jury');
		await page.getByRole('link', { name: 'Pitchs' }).first().click();
		await page.waitForURL('**/pitchs');
		await expectAccessible(page);
		await page.locator('main a[href*="/pitchs/"]').first().click();
		await page.waitForURL(/\/pitchs\/[0-9a-f-]{36}$/);
		await expectAccessible(page);
		// Nothing wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);

		const criteria = page.locator('fieldset.criterion');
		expect(await criteria.count()).toBeGreaterThan(0);
		await criteria.first().getByLabel('3', { exact: true }).check();
		await expect.poll(() => mainText(page), WAIT).toContain('Enregistré');

		// The connection drops: the score is kept on the phone, and sent when it comes back.
		await context.setOffline(true);
		await criteria.nth(1).getByLabel('4', { exact: true }).check();
		await expect.poll(() => mainText(page), WAIT).toContain('Hors ligne');
		await context.setOffline(false);
		await page.evaluate(() => window.dispatchEvent(new Event('online')));
		await expect.poll(() => mainText(page), WAIT).toContain('Enregistré');
		await page.reload();
		expect(await criteria.nth(1).getByLabel('4', { exact: true }).isChecked()).toBe(true);
		expect(await criteria.first().getByLabel('3', { exact: true }).isChecked()).toBe(true);
		await context.close();
	}, 180_000);

	it('the juror scores another pitch without JavaScript', async () => {
		const context = await newContext(browser, baseURL, { mobile: true, javaScript: false });
		const page = await context.newPage();
		await loginAs(page, JUROR);
		await page.goto('/jury');
		await page.getByRole('link', { name: 'Pitchs' }).first().click();
		await page.waitForURL('**/pitchs');
		const links = page.locator('main a[href*="/pitchs/"]');
		await links.nth((await links.count()) > 1 ? 1 : 0).click();
		await page.waitForURL(/\/pitchs\/[0-9a-f-]{36}$/);
		const criteria = page.locator('fieldset.criterion');
		for (let i = 0; i < (await criteria.count()); i++) {
			await criteria.nth(i).getByLabel('2', { exact: true }).check();
		}
		await page.getByRole('button', { name: 'Enregistrer mes notes' }).click();
		await expect.poll(() => mainText(page), WAIT).toContain('Enregistré');
		expect(await criteria.first().getByLabel('2', { exact: true }).isChecked()).toBe(true);
		await context.close();
	}, 180_000);

	it('the team retains one project, turns down the others, and informs every holder', async () => {
		const team = await (await newContext(browser, baseURL)).newPage();
		await loginAs(team, TEAM);
		await openCall(team, 'Sélection finale');
		await team.waitForURL('**/selection-finale');
		const undecided = () =>
			team.locator('form[action="?/decide"]:has(input[name="from"][value="shortlisted"])');
		const total = await undecided().count();
		expect(total).toBeGreaterThan(0);
		for (let i = 0; i < total; i++) {
			const f = undecided().first();
			await f.getByLabel(i === 0 ? 'Retenu' : 'Non retenu', { exact: true }).check();
			await f
				.locator('textarea[name="reason"]')
				.fill(`Décision argumentée du jury final n° ${i + 1}.`);
			await f.getByRole('button', { name: 'Enregistrer la décision' }).click();
			await expect.poll(() => undecided().count(), WAIT).toBe(total - i - 1);
		}
		expect(await mainText(team)).toMatch(/1 retenu\(s\) pour un objectif de 4/);
		await expectAccessible(team);
		await team.getByRole('button', { name: 'Informer tous les porteur·ses' }).click();
		await expect.poll(() => mainText(team), WAIT).toMatch(/e-mail\(s\) envoyé\(s\)/);
		await expectAccessible(team);
	}, 180_000);
});
