/**
 * A new project holder applies to the open demo call: signs up (the confirmation e-mail read from
 * the development mailbox), starts a draft from the call's page, sees what is missing, fills in
 * the organisation and the answers, attaches a PDF (a file disguised as a PDF is refused and
 * changes nothing), invites a co-holder who accepts with their own account, submits and gets a
 * receipt; the team then finds the receipt e-mail in the development mailbox. With and without
 * JavaScript; axe-core on every page visited. Then, with JavaScript only, the draft saves itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	expectAccessible,
	launchBrowser,
	linkFromMailbox,
	loginAs,
	mainText,
	newContext,
	siret
} from './browser.ts';

const baseURL = inject('baseURL');
const DEMO_HOLDER = 'porteuse@transformateur.test';
const TEAM = 'equipe@transformateur.test';

/** A small but real PDF. */
const PDF = Buffer.from(
	[
		'%PDF-1.4',
		'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
		'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
		'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
		'trailer << /Root 1 0 R >>',
		'%%EOF',
		''
	].join('\n')
);
/** A 1×1 PNG image. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);
const DISGUISED_MESSAGE =
	'Le contenu du fichier ne correspond à aucun format accepté, ou ne correspond pas à son extension.';

/** How long to wait for what a save brings (the autosave waits for a pause in typing first). */
const WAIT = { timeout: 15_000 };

const group = (page: Page, name: RegExp) => page.getByRole('group', { name });
const filesGroup = (page: Page) => group(page, /^Présentation du projet \(PDF\)/);

/** Chooses a file for the PDF question and clicks « Joindre ». */
async function attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await filesGroup(page).getByLabel('Fichier à joindre').setInputFiles(file);
	await filesGroup(page)
		.getByRole('button', { name: /^Joindre/ })
		.click();
}

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
])('a new holder applies ($label)', ({ javaScript, name, base }) => {
	// One browser per person: the test Chromium runs in a single process, where two logged-in
	// contexts of one browser may mix up their cookies.
	let browser: Browser;
	let teamBrowser: Browser;
	let team: Page;
	beforeAll(async () => {
		browser = await launchBrowser();
		teamBrowser = await launchBrowser();
		team = await (await newContext(teamBrowser, baseURL, { javaScript })).newPage();
		await loginAs(team, TEAM);
	});
	afterAll(async () => {
		await browser?.close();
		await teamBrowser?.close();
	});

	it('signs up, fills in the form with an attachment, invites a co-holder, submits', async () => {
		const email = `camille.${javaScript ? 'js' : 'nojs'}.${Date.now()}@exemple.fr`;
		const context = await newContext(browser, baseURL, { javaScript });
		const page = await context.newPage();

		// Signing up, then confirming the address from the e-mail: the account is then logged in.
		await page.goto('/inscription');
		await expectAccessible(page);
		await page.getByLabel('Prénom et nom').fill('Camille Durand');
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Mot de passe').fill('un mot de passe solide');
		await page.getByLabel(/J’accepte que mes données personnelles/).check();
		await page.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect
			.poll(
				() => page.getByRole('heading', { name: 'Vérifiez votre boîte de réception' }).count(),
				WAIT
			)
			.toBe(1);
		await expectAccessible(page);
		const verify = await linkFromMailbox(
			team,
			email,
			'Confirmez votre adresse e-mail',
			'/verifier/'
		);
		await expectAccessible(team);
		await page.goto(verify);
		await page.waitForURL(/\/compte/);
		await expectAccessible(page);

		await page.goto('/');
		await expectAccessible(page);
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
		expect(text).toContain('Porteurs du projet');
		expect(text).toContain(`Camille Durand (${email}), à l’origine de la candidature (vous)`);
		expect(text).toContain('Formats acceptés : PDF. Taille maximale : 10 Mo par fichier.');
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
		await expect.poll(() => mainText(page), WAIT).toContain('Le formulaire contient');
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
		await expect.poll(() => mainText(other), WAIT).toContain('Le brouillon a été enregistré.');
		await other.close();
		await page.getByLabel('Numéro SIRET').fill(siret(base));
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(page), WAIT).toContain('Votre saisie est conservée');
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
		await expect.poll(() => mainText(page), WAIT).toContain('Le brouillon a été enregistré.');
		text = await mainText(page);
		expect(text).toContain('Rien ne manque');
		expect(text).toContain('Région : Bretagne');
		expect(await page.getByLabel('L’équipe du projet').inputValue()).toBe(
			'Une ergonome, un développeur, une RH.'
		);
		await expectAccessible(page);

		// A file disguised as a PDF (an image, then text): refused next to its question, and
		// nothing changes — not even what was typed alongside (kept on the page, not saved).
		if (!javaScript) await page.getByLabel('L’équipe du projet').fill('Modifié, pas enregistré.');
		for (const buffer of [PNG, Buffer.from('Ceci n’est pas un PDF.\n')]) {
			await attach(page, { name: 'presentation.pdf', mimeType: 'application/pdf', buffer });
			await expect.poll(() => filesGroup(page).innerText(), WAIT).toContain(DISGUISED_MESSAGE);
			expect(await filesGroup(page).innerText()).toContain('Aucune pièce jointe pour l’instant.');
			expect(await mainText(page)).toContain('Le formulaire contient 1 erreur');
			await expectAccessible(page);
		}
		if (!javaScript) {
			expect(await page.getByLabel('L’équipe du projet').inputValue()).toBe(
				'Modifié, pas enregistré.'
			);
		}
		await page.goto(draftUrl);
		expect(await filesGroup(page).innerText()).toContain('Aucune pièce jointe pour l’instant.');
		expect(await page.getByLabel('L’équipe du projet').inputValue()).toBe(
			'Une ergonome, un développeur, une RH.'
		);

		// A real PDF: attached, listed with its size, downloadable; a second one, then removed.
		await attach(page, {
			name: 'presentation-projet.pdf',
			mimeType: 'application/pdf',
			buffer: PDF
		});
		await expect.poll(() => mainText(page), WAIT).toContain('Le fichier a été joint');
		await expect
			.poll(
				() => filesGroup(page).getByRole('link', { name: 'presentation-projet.pdf' }).count(),
				WAIT
			)
			.toBe(1);
		expect(await filesGroup(page).innerText()).toContain(`(${PDF.length} o)`);
		const href = await filesGroup(page)
			.getByRole('link', { name: 'presentation-projet.pdf' })
			.getAttribute('href');
		const download = await page.request.get(href!);
		expect(download.status()).toBe(200);
		expect(download.headers()['content-type']).toBe('application/pdf');
		expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
		await expectAccessible(page);
		await attach(page, { name: 'annexe.pdf', mimeType: 'application/pdf', buffer: PDF });
		await expect
			.poll(() => filesGroup(page).getByRole('link', { name: 'annexe.pdf' }).count(), WAIT)
			.toBe(1);
		await filesGroup(page).getByRole('button', { name: 'Retirer le fichier annexe.pdf' }).click();
		await expect.poll(() => mainText(page), WAIT).toContain('Le fichier a été retiré');
		expect(await filesGroup(page).getByRole('link', { name: 'annexe.pdf' }).count()).toBe(0);
		expect(
			await filesGroup(page).getByRole('link', { name: 'presentation-projet.pdf' }).count()
		).toBe(1);
		await expectAccessible(page);

		// A co-holder: invited by e-mail, they log in from the link and join.
		await page.getByLabel('Adresse e-mail de la personne à inviter').fill(DEMO_HOLDER);
		await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
		await expect.poll(() => mainText(page), WAIT).toContain('L’invitation a été envoyée.');
		expect(await mainText(page)).toMatch(
			new RegExp(`Invitations en attente\\s+${DEMO_HOLDER}, invitation valable jusqu’au`)
		);
		await expectAccessible(page);
		const invitation = await linkFromMailbox(
			team,
			DEMO_HOLDER,
			'Invitation à co-porter une candidature',
			'/candidatures/invitation/'
		);
		// Opened by the wrong account: said plainly, nothing joined.
		await page.goto(invitation);
		await expect
			.poll(() => mainText(page), WAIT)
			.toContain('Cette invitation a été envoyée à une autre adresse');
		expect(await page.getByRole('button', { name: 'Rejoindre la candidature' }).count()).toBe(0);
		await expectAccessible(page);

		const coBrowser = await launchBrowser();
		const coContext = await newContext(coBrowser, baseURL, { javaScript });
		const co = await coContext.newPage();
		await co.goto(invitation);
		await co.waitForURL(/\/connexion\?redirectTo=/);
		await co.getByLabel('Adresse e-mail').fill(DEMO_HOLDER);
		await co.getByLabel('Mot de passe', { exact: true }).fill('demo');
		await co.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await co.waitForURL((u) => u.pathname === invitation);
		await expect.poll(() => mainText(co), WAIT).toContain('Vous êtes invité·e à travailler');
		await expectAccessible(co);
		await co.getByRole('button', { name: 'Rejoindre la candidature' }).click();
		await co.waitForURL((u) => u.pathname === draftUrl);
		await expect.poll(() => mainText(co), WAIT).toContain('Vous avez rejoint cette candidature');
		text = await mainText(co);
		expect(text).toContain(`${email}), à l’origine de la candidature`);
		expect(text).toMatch(new RegExp(`\\(${DEMO_HOLDER}\\), co-porteur·se \\(vous\\)`));
		expect(text).toContain('Seule la personne à l’origine de la candidature peut inviter');
		expect(await co.getByLabel('Titre du projet').inputValue()).toBe(
			'Baromètre participatif de la charge de travail'
		);
		await expectAccessible(co);
		// The link has served.
		await co.goto(invitation);
		await expect.poll(() => mainText(co), WAIT).toContain('Ce lien d’invitation n’est pas valable');
		await expectAccessible(co);
		await coBrowser.close();

		await page.goto(draftUrl);
		text = await mainText(page);
		expect(text).toMatch(new RegExp(`\\(${DEMO_HOLDER}\\), co-porteur·se`));
		expect(text).not.toContain('Invitations en attente');

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
			await expect.poll(() => page.getByRole('button', { name: 'Imprimer' }).count(), WAIT).toBe(1);
		} else {
			expect(text).toContain('Utilisez la fonction d’impression de votre navigateur');
		}
		await expectAccessible(page);

		// The application now reads as submitted, with its attachment and holders; « Mes
		// candidatures » lists it.
		await page.goto(draftUrl);
		text = await mainText(page);
		expect(text).toContain('Statut : déposée');
		expect(text).toContain('Baromètre participatif de la charge de travail');
		expect(text).toContain(`presentation-projet.pdf (${PDF.length} o)`);
		expect(text).toMatch(new RegExp(`\\(${DEMO_HOLDER}\\), co-porteur·se`));
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Mes candidatures', exact: true }).click();
		await page.waitForURL('**/candidatures');
		text = await mainText(page);
		expect(text).toContain(reference!);
		expect(text).toContain('déposée');
		await expectAccessible(page);
		await context.close();

		// The team reads the receipt e-mail.
		await team.goto('/admin/courriels');
		const row = team
			.getByRole('row')
			.filter({ hasText: email })
			.filter({ hasText: `Candidature déposée : ${reference}` });
		expect(await row.count()).toBe(1);
		await expectAccessible(team);
	}, 300_000);
});

describe('the draft saves itself (with JavaScript)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	/** The autosave's live region, its spaces made plain. */
	const status = async (page: Page) =>
		(await page.locator('#autosave-status').innerText()).replace(/[\u00a0\u202f]/g, ' ').trim();

	/** Once the page's script runs, the draft page says that it saves itself. */
	const hydrated = (page: Page) =>
		expect.poll(() => mainText(page), WAIT).toContain('s’enregistre aussi automatiquement');

	/** The demo holder's draft for the open call (started if need be). */
	async function openDraft(page: Page): Promise<string> {
		await page.goto('/');
		await page.getByRole('link', { name: /^Appel à projets \d{4}-\d{4}$/ }).click();
		await page.waitForURL('**/programmes/transformateur-numerique/appels/**');
		const resume = page.getByRole('link', { name: 'Reprendre ma candidature' });
		if (await resume.count()) await resume.click();
		else await page.getByRole('button', { name: 'Candidater', exact: true }).click();
		await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}/);
		return new URL(page.url()).pathname;
	}

	it('saves after a pause in typing, keeps the text on reload, stops on a conflict', async () => {
		const context = await newContext(browser, baseURL, { javaScript: true });
		const page = await context.newPage();
		await loginAs(page, DEMO_HOLDER);
		const draftUrl = await openDraft(page);
		await hydrated(page);
		expect(await status(page)).toBe('');

		// Typing, then waiting: « Enregistrement… », then « Enregistré à 14 h 32 ».
		const summary = `Résumé enregistré sans bouton, ${Date.now()}.`;
		await page.getByLabel('Résumé du projet').fill(summary);
		await expect.poll(() => status(page), WAIT).toMatch(/^Enregistré à \d{1,2} h \d{2}$/);
		await expectAccessible(page);
		await page.reload();
		expect(await page.getByLabel('Résumé du projet').inputValue()).toBe(summary);
		await hydrated(page);

		// Leaving a field saves it too; the next save carries the new revision (no false conflict).
		await page.getByLabel('Titre du projet').fill('Titre enregistré en quittant le champ');
		await page.getByLabel('Résumé du projet').focus();
		await expect.poll(() => status(page), WAIT).toMatch(/^Enregistré à/);
		await page.getByLabel('Résumé du projet').fill(`${summary} Suite.`);
		await expect
			.poll(async () => {
				const again = await context.newPage();
				await again.goto(draftUrl);
				const values = [
					await again.getByLabel('Titre du projet').inputValue(),
					await again.getByLabel('Résumé du projet').inputValue()
				];
				await again.close();
				return values;
			}, WAIT)
			.toEqual(['Titre enregistré en quittant le champ', `${summary} Suite.`]);

		// Someone else saves in between: autosave stops, says so, and keeps the text.
		const other = await context.newPage();
		await other.goto(draftUrl);
		await hydrated(other);
		await other.getByLabel('L’équipe du projet').fill('Saisi par la co-porteuse.');
		await expect.poll(() => status(other), WAIT).toMatch(/^Enregistré à/);
		await other.close();
		await page.getByLabel('Résumé du projet').fill('Ma version, à ne pas perdre.');
		await expect
			.poll(() => status(page), WAIT)
			.toContain('Non enregistré : quelqu’un a enregistré ce dossier entre-temps');
		expect(await page.getByLabel('Résumé du projet').inputValue()).toBe(
			'Ma version, à ne pas perdre.'
		);
		await expectAccessible(page);
		// Stopped: typing again sends nothing.
		let sent = 0;
		page.on('request', (r) => {
			if (r.url().includes('?/autosave')) sent++;
		});
		await page.getByLabel('Titre du projet').fill('Toujours pas enregistré');
		await page.getByLabel('Résumé du projet').focus();
		// The explicit save first reports the conflict, then replaces the other version.
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(page), WAIT).toContain('Votre saisie est conservée');
		expect(sent).toBe(0);
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
		await expect.poll(() => mainText(page), WAIT).toContain('Le brouillon a été enregistré.');
		expect(await page.getByLabel('Résumé du projet').inputValue()).toBe(
			'Ma version, à ne pas perdre.'
		);

		// An organisation profile still being typed does not hold the answers back.
		await page.getByLabel('Code postal du siège').fill('350');
		await page.getByLabel('Résumé du projet').fill('Résumé enregistré malgré la structure.');
		await expect
			.poll(() => status(page), WAIT)
			.toMatch(/^Réponses enregistrées à \d{1,2} h \d{2}, mais pas encore « Votre structure » : /);
		await expectAccessible(page);

		// Unsaved changes (the server does not answer): said, and leaving the page asks first.
		await page.route('**/*', (route) =>
			route.request().url().includes('?/autosave') ? route.abort() : route.continue()
		);
		await page.getByLabel('Titre du projet').fill('Pas encore enregistré');
		await page.getByLabel('Résumé du projet').focus();
		await expect
			.poll(() => status(page), WAIT)
			.toMatch(/^Non enregistré : le serveur ne répond pas/);
		const dialog = new Promise<import('playwright-core').Dialog>((resolve) =>
			page.once('dialog', resolve)
		);
		await page.close({ runBeforeUnload: true });
		const asked = await dialog;
		expect(asked.type()).toBe('beforeunload');
		await asked.accept();
		await context.close();
	});
});
