/**
 * The programme team drafts a call for projects, builds its application form, publishes it; a
 * visitor then reads it on the programme's page. With and without JavaScript; axe-core everywhere.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';
import { toParisDateTimeInput } from '#lib/i18n/format.ts';

const baseURL = inject('baseURL');
const DAY = 24 * 3600 * 1000;
const inDays = (n: number) => toParisDateTimeInput(new Date(Date.now() + n * DAY));

/** Adds a question to the first section, then sets it up in the editor that opens. */
async function addQuestion(
	page: Page,
	kind: string,
	label: string,
	setUp: (editor: ReturnType<Page['locator']>) => Promise<void>
) {
	const add = page.locator('form.add-question').first();
	await add.getByLabel('Type de question').selectOption({ label: kind });
	await add.getByLabel('Intitulé (français)').fill(label);
	await add.getByRole('button', { name: 'Ajouter la question' }).click();
	const editor = page.locator('#edit-question');
	await editor.waitFor();
	await expectAccessible(page);
	await setUp(editor);
	await editor.getByRole('button', { name: 'Enregistrer la question' }).click();
	await expect.poll(() => mainText(page)).toContain('Le formulaire a été enregistré.');
}

describe.each([
	{ javaScript: true, label: 'avec JavaScript', title: 'Appel à projets Bretagne 2027' },
	{ javaScript: false, label: 'sans JavaScript', title: 'Appel à projets Normandie 2027' }
])('calls for projects ($label)', ({ javaScript, title }) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the team drafts, builds and publishes a call; a visitor reads it', async () => {
		const context = await newContext(browser, baseURL, { javaScript });
		const page = await context.newPage();
		await loginAs(page, 'equipe@transformateur.test');

		await page.goto('/admin');
		await page.getByRole('link', { name: 'Transformateur numérique' }).first().click();
		await page.getByRole('link', { name: 'Appels à projets', exact: true }).click();
		await page.waitForURL('**/appels');
		await expect.poll(() => mainText(page)).toContain('Appel à projets 2016');
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Nouvel appel à projets' }).click();
		await page.waitForURL('**/appels/nouveau');
		await expectAccessible(page);
		await page.getByLabel('Titre de l’appel').fill(title);
		await page.getByRole('button', { name: 'Créer le brouillon' }).click();
		await expect.poll(() => mainText(page)).toContain('Le brouillon de l’appel a été créé.');
		await expectAccessible(page);

		// Dates in the wrong order: refused, with what was typed kept.
		await page.getByLabel('Ouverture des candidatures').fill(inDays(-1));
		await page.getByLabel('Clôture des candidatures').fill(inDays(-2));
		await page
			.getByLabel('Texte de l’appel')
			.fill('## Pour qui ?\n\nLes **associations**.\n\n<script>alert("x")</script>');
		await page.getByRole('button', { name: 'Enregistrer l’appel' }).click();
		await expect.poll(() => mainText(page)).toContain('La clôture doit être postérieure');
		await expectAccessible(page);
		expect(await page.getByLabel('Texte de l’appel').inputValue()).toContain('associations');

		await page.getByLabel('Clôture des candidatures').fill(inDays(30));
		await page.getByLabel('association', { exact: true }).check();
		await page.getByLabel('start-up', { exact: true }).check();
		await page.getByLabel('Question 1', { exact: true }).fill('Peut-on candidater à plusieurs ?');
		await page.getByLabel('Réponse 1', { exact: true }).fill('Oui, avec un porteur principal.');
		await page.getByRole('button', { name: 'Enregistrer l’appel' }).click();
		await expect
			.poll(() => mainText(page))
			.toContain('Les modifications de l’appel ont été enregistrées.');

		// Publishing without a form is refused.
		await page.getByRole('link', { name: 'Publier…' }).click();
		await page.getByRole('button', { name: 'Confirmer la publication' }).click();
		await expect.poll(() => mainText(page)).toContain('Ajoutez au moins une question');
		await expectAccessible(page);

		// The form builder.
		await page.getByRole('link', { name: 'Formulaire de candidature' }).click();
		await page.waitForURL('**/formulaire');
		await expectAccessible(page);
		await page.getByLabel('Titre de la section (français)').fill('Le projet');
		await page.getByLabel('Titre de la section (anglais)').fill('The project');
		await page.getByRole('button', { name: 'Ajouter la section' }).click();
		await expect.poll(() => mainText(page)).toContain('Aucune question dans cette section.');

		await addQuestion(page, 'Texte court', 'Titre du projet', async (editor) => {
			await editor.getByLabel('Intitulé (anglais)').fill('Project title');
			await editor.getByLabel('Réponse obligatoire').check();
		});
		await addQuestion(page, 'Oui / non', 'Des chercheurs sont-ils associés ?', async () => {});
		await addQuestion(page, 'Texte court', 'Laboratoire', async (editor) => {
			await editor
				.getByLabel('Question précédente')
				.selectOption({ label: 'Des chercheurs sont-ils associés ?' });
			await editor.getByLabel('Valeur attendue').fill('oui');
		});
		const builder = await mainText(page);
		expect(builder).toContain('Titre du projet');
		expect(builder).toContain(
			'affichée seulement si « Des chercheurs sont-ils associés ? » vaut « oui »'
		);
		await expectAccessible(page);

		// Reorder: the laboratory moves up, then back down.
		await page.getByRole('button', { name: 'Monter la question « Laboratoire »' }).click();
		await expect.poll(() => mainText(page)).toContain('Le formulaire contient des erreurs');
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Aperçu comme candidat' }).click();
		await page.waitForURL('**/apercu');
		await expect.poll(() => mainText(page)).toContain('Aperçu du formulaire');
		const preview = await mainText(page);
		expect(preview).toContain('Titre du projet');
		expect(preview).toContain(
			'Affichée seulement si « Des chercheurs sont-ils associés ? » vaut « oui ».'
		);
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Retour au formulaire' }).click();
		await page.getByRole('link', { name: `Retour à l’appel ${title}` }).click();
		await page.getByRole('link', { name: 'Publier…' }).click();
		await expect.poll(() => mainText(page)).toContain('Sa page devient publique');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Confirmer la publication' }).click();
		await expect.poll(() => mainText(page)).toContain('L’appel est publié.');
		await expectAccessible(page);
		await context.close();

		// A visitor.
		const visitorContext = await newContext(browser, baseURL, { javaScript });
		const visitor = await visitorContext.newPage();
		await visitor.goto('/');
		const openCalls = visitor.locator('section', {
			has: visitor.getByRole('heading', { name: 'Appels à projets ouverts' })
		});
		await expect.poll(() => openCalls.innerText()).toContain(title);
		await expectAccessible(visitor);
		await visitor.goto('/programmes/transformateur-numerique');
		await visitor.getByRole('link', { name: title }).click();
		await visitor.waitForURL('**/appels/**');
		const text = await mainText(visitor);
		expect(await visitor.getByRole('heading', { level: 1 }).innerText()).toBe(title);
		expect(text).toContain('Ouvert');
		expect(text).toMatch(/Candidatures jusqu’au \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);
		expect(text).toContain('association');
		expect(text).toContain('start-up');
		// Markdown rendered, raw HTML shown as text.
		expect(await visitor.getByRole('heading', { name: 'Pour qui ?' }).count()).toBe(1);
		expect(text).toContain('<script>alert("x")</script>');
		await visitor.getByText('Peut-on candidater à plusieurs ?').click();
		await expect.poll(() => mainText(visitor)).toContain('Oui, avec un porteur principal.');
		await expectAccessible(visitor);
		await visitorContext.close();
	});
});

describe('the demo call', () => {
	it('is open on the home page and reads well on a phone', async () => {
		const browser = await launchBrowser();
		const page = await (await newContext(browser, baseURL, { mobile: true })).newPage();
		await page.goto('/');
		await page.getByRole('link', { name: /^Appel à projets \d{4}-\d{4}$/ }).click();
		await page.waitForURL('**/programmes/transformateur-numerique/appels/**');
		const text = await mainText(page);
		expect(text).toContain('Qui peut candidater ?');
		expect(text).toContain('Questions fréquentes');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectAccessible(page);
		await browser.close();
	});
});
