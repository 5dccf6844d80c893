/**
 * The demo team edits the programme's lists: renames a term, adds one (after a refused save that
 * keeps what was typed), moves it up, archives another, sees the call's form follow in its
 * preview, then restores the archived term. The QVCT themes with JavaScript, the typology without;
 * axe-core on every page visited. The terms other journeys choose are left as they are.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginAs, mainText, newContext } from './browser.ts';

const baseURL = inject('baseURL');

const group = (page: Page, name: RegExp | string) => page.getByRole('group', { name });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The texts of the options of a question of the form preview, in order. */
const previewOptions = (page: Page, question: RegExp) =>
	group(page, question).locator('label').allInnerTexts();
/** The name of the element that has the focus. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el ? `${el.tagName} ${el.id} ${el.textContent?.replace(/\s+/g, ' ').trim()}` : '';
	});

describe.each([
	{
		javaScript: true,
		label: 'avec JavaScript',
		list: 'Thèmes QVCT',
		section: '#liste-qvct_theme',
		question: /^Thèmes QVCT concernés/,
		rename: ['Compétences et parcours professionnels', 'Compétences, formation et parcours'],
		other: 'Dialogue social et professionnel',
		added: ['Télétravail et travail hybride', 'Remote and hybrid work'],
		last: 'Conciliation vie professionnelle et vie personnelle',
		archive: 'Égalité professionnelle'
	},
	{
		javaScript: false,
		label: 'sans JavaScript',
		list: 'Typologie des projets',
		section: '#liste-typology',
		question: /^Type de projet/,
		rename: ['Outils de conduite du changement', 'Outils participatifs de conduite du changement'],
		other: 'Protocole d’étude-action associant entreprises et chercheurs',
		added: ['Plateforme de dialogue social', 'Social dialogue platform'],
		last: 'Outils participatifs de conduite du changement',
		archive: 'Expérimentation in vivo de nouvelles méthodes de travail'
	}
])(
	'the programme lists ($label)',
	({ javaScript, list, section, question, rename, other, added, last, archive }) => {
		let browser: Browser;
		beforeAll(async () => {
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
		});

		it('the team renames, adds, moves up, archives and restores a term; the form follows', async () => {
			const context = await newContext(browser, baseURL, { javaScript });
			const page = await context.newPage();
			await loginAs(page, 'equipe@transformateur.test');

			await page.goto('/admin');
			await page.getByRole('link', { name: 'Transformateur numérique' }).first().click();
			await page.getByRole('link', { name: 'Listes : thèmes QVCT et typologie' }).click();
			await page.waitForURL('**/listes');
			const programmePath = new URL(page.url()).pathname.replace(/\/listes$/, '');
			const text = await mainText(page);
			expect(text).toContain('archiver ne modifie jamais une réponse déposée');
			expect(text).toContain('Aucun terme archivé.');
			await expectAccessible(page);

			const form = page.locator(section).locator('form');
			const row = (name: string) => group(page, new RegExp(`^Terme \\d+ : ${escape(name)}$`));
			const legends = () =>
				form
					.locator('ol legend')
					.allInnerTexts()
					.then((all) => all.map((l) => l.replace(/^Terme \d+ : /, '')));

			// A refused save: an empty French label and a duplicate, told next to each field and
			// in the summary, with what was typed kept.
			await row(rename[0]).getByLabel('Intitulé en français').fill('');
			await form.getByRole('button', { name: 'Ajouter un terme' }).click();
			await expect.poll(() => mainText(page)).toContain('Une ligne vide a été ajoutée');
			const fresh = row('nouveau terme');
			if (javaScript) {
				await expect.poll(() => focused(page)).toMatch(/^INPUT .*-labelFr/);
			}
			await fresh.getByLabel('Intitulé en français').fill(other.toUpperCase());
			await fresh.getByLabel('Intitulé en anglais').fill(added[1]);
			await form.getByRole('button', { name: 'Enregistrer la liste' }).click();
			await expect.poll(() => mainText(page)).toContain('Le formulaire contient des erreurs');
			const refused = await mainText(page);
			expect(refused).toContain('Indiquez un libellé de 200 caractères au plus.');
			expect(refused).toMatch(
				/Intitulé en français du terme \d+ : Deux éléments de la liste portent le même nom\./
			);
			expect(await row(rename[0]).getByLabel('Intitulé en français').inputValue()).toBe('');
			expect(await fresh.getByLabel('Intitulé en français').inputValue()).toBe(other.toUpperCase());
			expect(await fresh.getByLabel('Intitulé en anglais').inputValue()).toBe(added[1]);
			expect(
				await row(rename[0]).getByLabel('Intitulé en français').getAttribute('aria-invalid')
			).toBe('true');
			await expectAccessible(page);

			// Fixed, and saved with Enter in a field: the list's save, never a row's button.
			await row(rename[0]).getByLabel('Intitulé en français').fill(rename[1]);
			await fresh.getByLabel('Intitulé en français').fill(added[0]);
			await fresh.getByLabel('Intitulé en anglais').press('Enter');
			await expect.poll(() => mainText(page)).toContain(`La liste « ${list} » a été enregistrée.`);
			expect(await legends()).toContain(rename[1]);
			expect((await legends()).at(-1)).toBe(added[0]);
			expect(
				await row(added[0])
					.getByText(/^Clé : [a-z_]+$/)
					.innerText()
			).toMatch(/_/);
			await expectAccessible(page);

			// Up by one: now before the last of the saved terms.
			await form.getByRole('button', { name: `Monter le terme « ${added[0]} »` }).click();
			await expect.poll(() => mainText(page)).toContain(`« ${added[0]} » a été déplacé`);
			expect((await legends()).slice(-2)).toEqual([added[0], last]);
			if (javaScript) {
				await expect.poll(() => focused(page)).toContain(`Monter le terme « ${added[0]} »`);
			}

			// Archived: out of the list, into « Archivés », with the way back.
			await form.getByRole('button', { name: `Archiver le terme « ${archive} »` }).click();
			await expect.poll(() => mainText(page)).toContain(`« ${archive} » a été archivé`);
			expect(await legends()).not.toContain(archive);
			const restore = form.getByRole('button', { name: `Rétablir le terme « ${archive} »` });
			await restore.waitFor();
			if (javaScript) {
				await expect.poll(() => focused(page)).toContain(`Rétablir le terme « ${archive} »`);
			}
			await expectAccessible(page);

			// The call's form, as applicants will see it.
			await page.goto(`${programmePath}/appels`);
			await page.getByRole('link', { name: 'Appel à projets 2016' }).click();
			await page
				.getByRole('link', { name: 'Aperçu du formulaire, comme le verront les candidats' })
				.click();
			await page.waitForURL('**/apercu');
			const offered = await previewOptions(page, question);
			expect(offered).toContain(rename[1]);
			expect(offered).not.toContain(rename[0]);
			expect(offered).not.toContain(archive);
			expect(offered.slice(-2)).toEqual([added[0], last]);
			await expectAccessible(page);

			// Restored, at the end of the list, and offered again.
			await page.goto(`${programmePath}/listes`);
			await restore.click();
			await expect.poll(() => mainText(page)).toContain(`« ${archive} » a été rétabli`);
			expect((await legends()).at(-1)).toBe(archive);
			expect(await mainText(page)).toContain('Aucun terme archivé.');
			if (javaScript) {
				await expect.poll(() => focused(page)).toMatch(/^INPUT .*-labelFr/);
			}
			await expectAccessible(page);
			await page.goto(`${programmePath}/appels`);
			await page.getByRole('link', { name: 'Appel à projets 2016' }).click();
			await page
				.getByRole('link', { name: 'Aperçu du formulaire, comme le verront les candidats' })
				.click();
			await page.waitForURL('**/apercu');
			expect((await previewOptions(page, question)).at(-1)).toBe(archive);

			// Anyone but the programme's team: no such page.
			await context.clearCookies();
			await loginAs(page, 'porteuse@transformateur.test');
			const response = await page.goto(`${programmePath}/listes`);
			expect(response?.status()).toBe(404);
			await context.close();
		});
	}
);
