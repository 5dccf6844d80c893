/**
 * The programme team screens one application: the demo holder applies to the open demo call
 * (through the REST API, with her browser session), then the team finds it in the call's
 * pipeline by French full-text search and opens the application's page,
 * reads the answers, the organisation, the attachment and the history, is refused a decision
 * without a reason, declares the application eligible, and finds the holder's e-mail in the
 * development mailbox. A second tab that still shows the old status is told the status changed,
 * and keeps what was typed. With and without JavaScript; axe-core on every page visited. Holders,
 * regional partners and wrong addresses get a 404.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';

const baseURL = inject('baseURL');
const HOLDER = 'porteuse@transformateur.test';
const TEAM = 'equipe@transformateur.test';

type Call = { id: string; programmeId: string; title: string; availability: string };
type Submitted = {
	id: string;
	reference: string;
	call: Call;
	url: string;
	attachmentId: string;
};

/**
 * Requests without a JSON body (multipart, or none) from the browser's session: SvelteKit checks
 * that they come from the site itself, as a browser would say.
 */
const sameOrigin = { origin: new URL(baseURL).origin };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

async function openDemoCall(page: Page): Promise<Call> {
	const res = await page.request.get('/api/v1/calls?status=open');
	expect(res.status()).toBe(200);
	const { data } = (await res.json()) as { data: Call[] };
	const call = data.find((c) => /^Appel à projets \d{4}-\d{4}$/.test(c.title));
	expect(call, 'appel ouvert de la démo').toBeTruthy();
	return call!;
}

/**
 * The demo holder logs in and applies through the API (with her browser session): a draft with
 * her organisation and answers, one attachment, then (unless told not to) the submission.
 */
async function holderSubmits(page: Page, name: string, submit = true): Promise<Submitted> {
	await loginAs(page, HOLDER);
	const call = await openDemoCall(page);
	const created = await page.request.post(`/api/v1/calls/${call.id}/applications`, {
		data: {
			title: `Baromètre de la charge — ${name}`,
			organisation: {
				legalName: name,
				type: 'association',
				headcountBand: '300-999',
				postalCode: '35000',
				website: 'https://exemple.org/projet'
			},
			answers: {
				titre: `Baromètre de la charge — ${name}`,
				resume:
					'Un baromètre <b>co-construit</b> <script>alert("x")</script>\nDeuxième ligne : les équipes mesurent leur charge.',
				typologie: ['application_sensibilisation'],
				stade: 'prototype',
				themes: ['sante_travail'],
				innovation_technologique: 'Un questionnaire court et des tableaux de bord partagés.',
				innovation_sociale: 'Les salarié·es conçoivent les indicateurs avec l’encadrement.',
				innovation_sociale_et_technologique: true,
				implique_salaries: true,
				equipe: 'Une ergonome, un développeur, une RH.',
				chercheurs: false
			}
		}
	});
	expect(created.status(), await created.text()).toBe(201);
	const draft = (await created.json()) as { id: string; reference: string };
	const attached = await page.request.post(`/api/v1/applications/${draft.id}/attachments`, {
		headers: sameOrigin,
		multipart: {
			question: 'presentation',
			file: { name: 'presentation.pdf', mimeType: 'application/pdf', buffer: PDF }
		}
	});
	expect(attached.status(), await attached.text()).toBe(201);
	const { id: attachmentId } = (await attached.json()) as { id: string };
	if (submit) {
		const submitted = await page.request.post(`/api/v1/applications/${draft.id}/submit`, {
			headers: sameOrigin
		});
		expect(submitted.status(), await submitted.text()).toBe(200);
	}
	return {
		id: draft.id,
		reference: draft.reference,
		call,
		attachmentId,
		url: `/admin/programmes/${call.programmeId}/appels/${call.id}/candidatures/${draft.id}`
	};
}

const decision = (page: Page, name: string) => page.getByRole('form', { name, exact: true });

describe.each([
	{
		javaScript: true,
		label: 'avec JavaScript',
		name: 'Association Charge Partagée',
		search: 'charges partagées'
	},
	{
		javaScript: false,
		label: 'sans JavaScript',
		name: 'Collectif Travail Serein',
		search: 'travail sereins'
	}
])('the team screens an application ($label)', ({ javaScript, name, search }) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('reads it, declares it eligible with a reason, and the holder is told', async () => {
		// One browser context, whose person changes as each logs in.
		const context = await newContext(browser, baseURL, { javaScript });
		const page = await context.newPage();
		const app = await holderSubmits(page, name);
		await loginAs(page, TEAM);
		// The team finds it in the call's pipeline by French full-text search (the plural and the
		// singular are the same word to it).
		const pipeline = `/admin/programmes/${app.call.programmeId}/appels/${app.call.id}/candidatures`;
		expect((await page.goto(`${pipeline}?statut=submitted`))?.status()).toBe(200);
		// Rendered on the server only: no script, no copy of the rows as hydration data.
		expect(await page.locator('script').count()).toBe(0);
		await expectAccessible(page);
		await page.getByLabel('Rechercher dans les candidatures').fill(search);
		await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
		await page.waitForURL((u) => u.searchParams.get('q') === search);
		const found = page.getByRole('link', { name: `Baromètre de la charge — ${name}` });
		await found.waitFor();
		// Other applications of the shared demo may match too; this one is among the results.
		expect(await found.count()).toBe(1);
		await expectAccessible(page);
		await found.click();
		await page.waitForURL((u) => u.pathname === app.url);
		let text = await mainText(page);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			`Baromètre de la charge — ${name}`
		);
		expect(text).toContain(app.reference);
		expect(text).toMatch(/Statut\s+déposée/);
		expect(text).toMatch(/Déposée le\s+\d{1,2} \S+ \d{4} à \d{2}:\d{2} \(heure de Paris\)/);
		expect(text).toMatch(/Formulaire\s+version \d+/);
		// The back link keeps the list's filters.
		expect(
			await page
				.getByRole('link', { name: 'Retour à la liste des candidatures' })
				.getAttribute('href')
		).toBe(`${pipeline}?statut=submitted&q=${encodeURIComponent(search).replace(/%20/g, '+')}`);

		// The flag "to review" raised at submission, in plain words.
		expect(text).toContain('À examiner : Votre structure compte 300 salarié·es ou plus');

		// The organisation and the holder.
		expect(text).toContain(name);
		expect(text).toMatch(/Type de structure\s+association/);
		expect(text).toMatch(/Effectif salarié\s+300 à 999 salarié·es/);
		expect(text).toMatch(/Région\s+Bretagne/);
		const site = page.getByRole('link', { name: 'https://exemple.org/projet' });
		expect(await site.getAttribute('rel')).toBe('noopener noreferrer nofollow');
		expect(text).toContain('Camille Durand (porteur·se principal·e)');
		expect(text).toContain(HOLDER);

		// The answers: labels of choices, line breaks kept, HTML shown as text, hidden question
		// marked not applicable.
		expect(text).toContain('Application numérique de sensibilisation à la QVT');
		expect(text).not.toContain('application_sensibilisation');
		expect(text).toContain('Prototyper');
		expect(text).toContain('Santé au travail');
		expect(text).toContain(
			'Un baromètre <b>co-construit</b> <script>alert("x")</script>\nDeuxième ligne'
		);
		expect(await page.locator('main b').count()).toBe(0);
		expect(text).toContain(
			'Sans objet : question posée seulement si « Des chercheurs sont-ils associés au projet ? » vaut « Oui ».'
		);

		// The attachment, downloadable by the team.
		const file = page.getByRole('link', { name: 'Télécharger presentation.pdf' });
		expect(await file.count()).toBe(1);
		expect(text).toMatch(/presentation\.pdf\s+Présentation du projet \(PDF\)\s+PDF\s+\d+ octets/);
		const download = await page.request.get(`/candidatures/${app.id}/pieces/${app.attachmentId}`);
		expect(download.status()).toBe(200);
		expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

		// The history: created, then submitted.
		expect(text).toContain('Brouillon créé');
		expect(text).toContain('Candidature déposée');
		// Submitted: no extension to grant.
		expect(text).not.toContain('Prolonger le dépôt');
		// From « submitted », the team may declare it eligible or ineligible, nothing else.
		expect(await decision(page, 'Déclarer éligible').count()).toBe(1);
		expect(await decision(page, 'Déclarer inéligible').count()).toBe(1);
		expect(await decision(page, 'Passer en instruction').count()).toBe(0);
		expect(text).toContain(
			'Les porteur·ses du projet recevront ce motif par e-mail, avec le nouveau statut.'
		);
		await expectAccessible(page);

		// A second tab, still showing « déposée ».
		const stale = await context.newPage();
		await stale.goto(app.url);

		// No reason: refused, nothing changes.
		await decision(page, 'Déclarer éligible')
			.getByRole('button', { name: 'Déclarer éligible' })
			.click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Le formulaire contient 1 erreur(s)' })
			.waitFor();
		text = await mainText(page);
		expect(text).toContain('Indiquez le motif de ce changement de statut.');
		expect(text).toMatch(/Statut\s+déposée/);
		expect(
			await decision(page, 'Déclarer éligible').getByLabel('Motif').getAttribute('aria-invalid')
		).toBe('true');
		await expectAccessible(page);

		// With a reason: done, told, recorded.
		const reason = 'Dossier complet ; les critères de l’appel sont remplis.';
		await decision(page, 'Déclarer éligible').getByLabel('Motif').fill(reason);
		await decision(page, 'Déclarer éligible')
			.getByRole('button', { name: 'Déclarer éligible' })
			.click();
		await page.getByRole('status').filter({ hasText: 'Candidature déclarée éligible.' }).waitFor();
		expect(new URL(page.url()).searchParams.get('retour')).toBe(
			`statut=submitted&q=${encodeURIComponent(search)}`
		);
		text = await mainText(page);
		expect(text).toMatch(/Statut\s+éligible/);
		const row = page.getByRole('row').filter({ hasText: 'Statut : déposée → éligible' });
		expect(await row.count()).toBe(1);
		expect(await row.innerText()).toContain('Claire Martin');
		expect(await row.innerText()).toContain(reason);
		// From « eligible »: review, or ineligible after all; the review's reason stays internal.
		expect(await decision(page, 'Passer en instruction').count()).toBe(1);
		expect(await decision(page, 'Déclarer inéligible').count()).toBe(1);
		expect(await decision(page, 'Déclarer éligible').count()).toBe(0);
		expect(text).toContain('Ce motif reste interne à l’équipe');
		await expectAccessible(page);

		// The stale tab decides on what it saw: refused, with the new status, and its text kept.
		const second = 'Le projet ne vise pas la qualité de vie au travail.';
		await decision(stale, 'Déclarer inéligible').getByLabel('Motif').fill(second);
		await decision(stale, 'Déclarer inéligible')
			.getByRole('button', { name: 'Déclarer inéligible' })
			.click();
		await stale
			.getByRole('alert')
			.filter({
				hasText:
					'Le statut de cette candidature a changé entre-temps : elle est maintenant « éligible ».'
			})
			.waitFor();
		// The page now shows the application as it is, with the decisions open from there.
		await decision(stale, 'Passer en instruction').waitFor();
		expect(await decision(stale, 'Déclarer inéligible').getByLabel('Motif').inputValue()).toBe(
			second
		);
		text = await mainText(stale);
		expect(text).toMatch(/Statut\s+éligible/);
		expect(text).not.toContain('déposée → non éligible');
		expect(text).not.toContain('éligible → non éligible');
		await expectAccessible(stale);
		await stale.close();

		// The holder's e-mail, in the development mailbox.
		await page.goto('/admin/courriels');
		const mail = page
			.getByRole('row')
			.filter({ hasText: HOLDER })
			.filter({ hasText: `Candidature ${app.reference} : éligible` });
		expect(await mail.count()).toBe(1);
		await expectAccessible(page);
	});
});

describe('the team page is the team’s alone', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('answers 404 to the holder, to a regional partner and under a wrong address', async () => {
		// One browser context, whose person changes as each logs in.
		const context = await newContext(browser, baseURL);
		const page = await context.newPage();
		const app = await holderSubmits(page, 'Atelier Porte Close');
		// The holder owns the application, yet the team's page does not exist for her.
		expect((await page.goto(app.url))?.status()).toBe(404);
		expect((await page.goto(`/candidatures/${app.id}`))?.status()).toBe(200);

		await loginAs(page, 'aract-bretagne@transformateur.test');
		expect((await page.goto(app.url))?.status()).toBe(404);

		const team = page;
		await loginAs(team, TEAM);
		expect((await team.goto(app.url))?.status()).toBe(200);
		// Another call of the same programme: the application is not one of its applications.
		const calls = (await (await team.request.get('/api/v1/calls?limit=100')).json()) as {
			data: Call[];
		};
		const other = calls.data.find(
			(c) => c.programmeId === app.call.programmeId && c.id !== app.call.id
		);
		expect(other, 'un autre appel du programme de démonstration').toBeTruthy();
		const base = `/admin/programmes/${app.call.programmeId}/appels`;
		expect((await team.goto(`${base}/${other!.id}/candidatures/${app.id}`))?.status()).toBe(404);
		// A programme that is not the call's.
		const elsewhere = `/admin/programmes/00000000-0000-4000-8000-000000000000/appels/${app.call.id}/candidatures/${app.id}`;
		expect((await team.goto(elsewhere))?.status()).toBe(404);
		// No such application.
		expect(
			(await team.goto(`${base}/${app.call.id}/candidatures/pas-un-identifiant`))?.status()
		).toBe(404);
		await expectAccessible(team);
	});
});

describe('the team extends a draft’s deadline (sans JavaScript)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('refuses a date in the past, then records the extension in the history', async () => {
		const context = await newContext(browser, baseURL, { javaScript: false });
		const page = await context.newPage();
		const app = await holderSubmits(page, 'Coopérative Temps Choisi', false);
		await loginAs(page, TEAM);
		await page.goto(app.url);
		let text = await mainText(page);
		expect(text).toMatch(/Statut\s+brouillon/);
		expect(text).toMatch(/Déposée le\s+pas encore déposée/);
		// A draft is not screened: no status change is offered.
		expect(text).toContain(
			'Aucun changement de statut n’est possible depuis le statut « brouillon ».'
		);
		const form = page.getByRole('form', { name: 'Prolonger le dépôt' });
		expect(await form.count()).toBe(1);

		await form.getByLabel('Dépôt possible jusqu’au').fill('2020-01-15T18:00');
		await form.getByLabel('Motif').fill('Panne du réseau régional le jour de la clôture.');
		await form.getByRole('button', { name: 'Accorder la prolongation' }).click();
		await page.getByRole('alert').waitFor();
		text = await mainText(page);
		expect(text).toContain('La prolongation doit se terminer dans le futur.');
		expect(await form.getByLabel('Motif').inputValue()).toBe(
			'Panne du réseau régional le jour de la clôture.'
		);
		expect(text).not.toContain('Dépôt prolongé jusqu’au');
		await expectAccessible(page);

		const year = new Date().getFullYear() + 1;
		await form.getByLabel('Dépôt possible jusqu’au').fill(`${year}-06-15T18:00`);
		await form.getByRole('button', { name: 'Accorder la prolongation' }).click();
		await page.getByRole('status').filter({ hasText: 'Prolongation accordée.' }).waitFor();
		text = await mainText(page);
		expect(text).toContain(
			`Prolongation en cours : jusqu’au 15 juin ${year} à 18:00 (heure de Paris).`
		);
		const row = page
			.getByRole('row')
			.filter({ hasText: `Dépôt prolongé jusqu’au 15 juin ${year} à 18:00 (heure de Paris)` });
		expect(await row.count()).toBe(1);
		expect(await row.innerText()).toContain(TEAM);
		expect(await row.innerText()).toContain('Panne du réseau régional le jour de la clôture.');
		await expectAccessible(page);
	});
});
