/**
 * Regional sourcing, as the Bretagne partner lives it: records a prospect met at an event, notes
 * an exchange, invites them to apply; the invitee — a newcomer — opens the link, creates an
 * account (the confirmation link brings them back to the invitation), starts the application
 * from it, fills it in and submits; the partner then sees the prospect at « Candidature déposée »
 * and reads the application. The team's sourcing dashboard shows the map of France (a region's
 * link filters the pipeline) with and without JavaScript. axe-core on every page visited.
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
const PARTNER = 'aract-bretagne@transformateur.test';
const TEAM = 'equipe@transformateur.test';
const WAIT = { timeout: 15_000 };

/** The answers of the open demo call's form that a submission needs. */
const ANSWERS = {
	titre: 'Charge de travail : un diagnostic partagé en atelier',
	resume: 'Des ateliers où salarié·es et encadrement évaluent ensemble la charge de travail.',
	typologie: ['application_sensibilisation'],
	stade: 'prototype',
	themes: ['sante_travail'],
	innovation_technologique: 'Un outil de saisie simple et des restitutions visuelles.',
	innovation_sociale: 'Le diagnostic est conduit par un binôme salarié·e et manager.',
	innovation_sociale_et_technologique: true,
	implique_salaries: true,
	equipe: 'Une ergonome et deux développeurs.',
	chercheurs: false
};

describe.each([
	{ javaScript: true, label: 'avec JavaScript', organisation: 'Scop Atelier Breizh' },
	{ javaScript: false, label: 'sans JavaScript', organisation: 'Coopérative Ti Labour' }
])('a partner sources a project ($label)', ({ javaScript, organisation }) => {
	// One browser per person: the test Chromium may mix up two logged-in contexts' cookies.
	let partnerBrowser: Browser;
	let teamBrowser: Browser;
	let inviteeBrowser: Browser;
	let partner: Page;
	let team: Page;
	beforeAll(async () => {
		partnerBrowser = await launchBrowser();
		teamBrowser = await launchBrowser();
		inviteeBrowser = await launchBrowser();
		partner = await (await newContext(partnerBrowser, baseURL, { javaScript })).newPage();
		team = await (await newContext(teamBrowser, baseURL, { javaScript })).newPage();
		await loginAs(partner, PARTNER);
		await loginAs(team, TEAM);
	});
	afterAll(async () => {
		await partnerBrowser?.close();
		await teamBrowser?.close();
		await inviteeBrowser?.close();
	});

	it('records a prospect, invites them, and follows their application to submission', async () => {
		const email = `contact.${javaScript ? 'js' : 'nojs'}.${Date.now()}@exemple.fr`;

		// The partner's space.
		await partner.goto('/');
		await partner.getByRole('link', { name: 'Espace partenaire' }).first().click();
		await partner.waitForURL('**/partenaire');
		expect(await mainText(partner)).toContain('Aract Bretagne');
		await expectAccessible(partner);

		// A new prospect.
		await partner.goto('/partenaire/prospects');
		await expectAccessible(partner);
		await partner.getByRole('link', { name: 'Nouveau prospect' }).first().click();
		await partner.waitForURL('**/partenaire/prospects/nouveau');
		await expectAccessible(partner);
		// Nothing filled in: refused, said in French, nothing recorded.
		await partner.getByRole('button', { name: 'Enregistrer le prospect' }).click();
		await expect.poll(() => mainText(partner), WAIT).toContain('Le formulaire contient');
		await expectAccessible(partner);
		await partner.locator('#organisationName').fill(organisation);
		await partner.locator('#contactName').fill('Maëlle Le Goff');
		await partner.locator('#email').fill(email);
		await partner.locator('#phone').fill('02 99 00 00 00');
		await partner.getByLabel('Canal du premier contact').selectOption({ value: 'event' });
		await partner.getByLabel('Date du premier contact').fill('2026-11-20');
		await partner.locator('#nextStep').fill('Envoyer l’invitation');
		// The demo's open call (other tests may have opened more).
		const demoCall = await partner
			.locator('#callId option')
			.filter({ hasText: /^Appel à projets \d{4}-\d{4} \(ouvert\)$/ })
			.first()
			.getAttribute('value');
		await partner.locator('#callId').selectOption(demoCall!);
		await partner.getByRole('button', { name: 'Enregistrer le prospect' }).click();
		await partner.waitForURL(/\/partenaire\/prospects\/[0-9a-f-]{36}/);
		const prospectUrl = new URL(partner.url()).pathname;
		let text = await mainText(partner);
		expect(text).toContain(organisation);
		expect(text).toContain('Prospect');
		await expectAccessible(partner);

		// An exchange in the history.
		await partner.locator('#contact-on').fill('2026-11-25');
		await partner.locator('#contact-channel').selectOption({ value: 'phone' });
		await partner
			.locator('#contact-summary')
			.fill('Appel : le projet correspond à l’appel, envoi de l’invitation convenu.');
		await partner.getByRole('button', { name: 'Ajouter à l’historique' }).click();
		await expect
			.poll(() => mainText(partner), WAIT)
			.toContain('Appel : le projet correspond à l’appel');
		await expectAccessible(partner);

		// The invitation to apply.
		await partner
			.locator('#referral-message')
			.fill('Comme convenu au téléphone, voici le lien pour candidater.');
		await partner.getByRole('button', { name: 'Envoyer l’invitation' }).click();
		await expect
			.poll(
				() => partner.getByRole('table', { name: /^Invitations à candidater/ }).innerText(),
				WAIT
			)
			.toMatch(new RegExp(`${email.replace(/\./g, '\\.')}[\\s\\S]*Envoyée`));
		await expectAccessible(partner);

		// The invitee, new to the platform, opens the link from the e-mail.
		const invitation = await linkFromMailbox(
			team,
			email,
			'Invitation à candidater',
			'/candidater/'
		);
		const invitee = await (await newContext(inviteeBrowser, baseURL, { javaScript })).newPage();
		await invitee.goto(invitation);
		text = await mainText(invitee);
		expect(text).toContain('Aract Bretagne vous invite à candidater');
		await expectAccessible(invitee);
		await invitee.getByRole('link', { name: 'Créer mon compte' }).click();
		await invitee.waitForURL(/\/inscription\?redirectTo=/);
		await invitee.getByLabel('Prénom et nom').fill('Maëlle Le Goff');
		await invitee.getByLabel('Adresse e-mail').fill(email);
		await invitee.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe solide');
		await invitee.getByLabel(/J’accepte que mes données personnelles/).check();
		await invitee.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect.poll(() => mainText(invitee), WAIT).toContain('Vérifiez votre boîte de réception');
		const confirmation = await linkFromMailbox(
			team,
			email,
			'Confirmez votre adresse e-mail',
			'/verifier/'
		);
		// Confirmed: back on the invitation, logged in.
		await invitee.goto(confirmation);
		await invitee.waitForURL((u) => u.pathname === invitation);
		expect(await mainText(invitee)).toContain(`Connecté·e en tant que ${email}`);
		await expectAccessible(invitee);
		await invitee.getByRole('button', { name: 'Commencer ma candidature' }).click();
		await invitee.waitForURL(/\/candidatures\/[0-9a-f-]{36}/);
		const applicationId = new URL(invitee.url()).pathname.split('/').pop()!;
		expect(await mainText(invitee)).toContain('Aract Bretagne');
		await expectAccessible(invitee);

		// The partner sees the application started.
		await partner.goto(prospectUrl);
		expect(await mainText(partner)).toContain('Candidature commencée');
		expect(await mainText(partner)).toContain('Utilisée');

		// The invitee fills the draft in (organisation and answers through the API with their
		// session, as the holder's own journey covers the form field by field), then submits on the
		// page.
		const organisationSaved = await invitee.request.put(
			`/api/v1/applications/${applicationId}/organisation`,
			{
				data: {
					legalName: organisation,
					type: 'company',
					siret: siret(javaScript ? '4123456780001' : '4223456780001'),
					headcountBand: '10-49',
					postalCode: '29200'
				}
			}
		);
		expect(organisationSaved.status(), await organisationSaved.text()).toBe(200);
		const saved = await invitee.request.patch(`/api/v1/applications/${applicationId}`, {
			data: { title: ANSWERS.titre, answers: ANSWERS }
		});
		expect(saved.status(), await saved.text()).toBe(200);
		await invitee.goto(`/candidatures/${applicationId}`);
		await invitee.getByRole('button', { name: 'Déposer ma candidature' }).click();
		await invitee.waitForURL('**/recu');
		await expectAccessible(invitee);

		// The partner follows: the prospect has reached « Candidature déposée », and the
		// application reads in the partner's space, read-only.
		await partner.goto(prospectUrl);
		text = await mainText(partner);
		expect(text).toContain('Candidature déposée');
		await expectAccessible(partner);
		await partner.goto('/partenaire/candidatures');
		await expect.poll(() => mainText(partner), WAIT).toContain(ANSWERS.titre);
		await expectAccessible(partner);
		await partner
			.getByRole('link', { name: new RegExp(ANSWERS.titre) })
			.first()
			.click();
		await partner.waitForURL(/\/partenaire\/candidatures\/[0-9a-f-]{36}/);
		text = await mainText(partner);
		expect(text).toContain(ANSWERS.resume);
		expect(await partner.getByRole('button', { name: 'Déposer ma candidature' }).count()).toBe(0);
		await expectAccessible(partner);
	}, 300_000);

	it('the team’s dashboard draws the map; a region leads to the filtered pipeline', async () => {
		const calls = await team.request.get('/api/v1/calls?status=closed');
		expect(calls.status()).toBe(200);
		const { data } = (await calls.json()) as {
			data: { id: string; programmeId: string; title: string }[];
		};
		const call = data.find((c) => c.title === 'Appel à projets 2016');
		expect(call, 'appel 2016 de la démo').toBeTruthy();
		const dashboard = `/admin/programmes/${call!.programmeId}/appels/${call!.id}/sourcing`;
		expect((await team.goto(dashboard))?.status()).toBe(200);
		// 18 regions, each a link named with its figure, in the map and in the table beside it.
		const regions = team.locator('svg.france-map-svg a[data-region]');
		expect(await regions.count()).toBe(18);
		const bretagne = team.locator('svg.france-map-svg a[data-region="53"]');
		expect(await bretagne.getAttribute('aria-label')).toMatch(/^Bretagne/);
		expect(await mainText(team)).toContain('Bretagne');
		await expectAccessible(team);
		// Another measure, chosen with the form (works without JavaScript).
		await team.locator('#mesure').selectOption({ index: 1 });
		await team.locator('.measure-form button').click();
		await expect.poll(() => new URL(team.url()).searchParams.get('mesure'), WAIT).not.toBeNull();
		await expectAccessible(team);
		// The region's link: the pipeline filtered on it.
		await team.locator('svg.france-map-svg a[data-region="53"]').click();
		await team.waitForURL(/\/candidatures\?.*region=53/);
		expect(await mainText(team)).toContain('Bretagne');
		await expectAccessible(team);
	});
});
