/**
 * `npm start`: the production server applies the migrations at start, creates no demo data, lists
 * no demo account, and stops cleanly on SIGTERM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { startServer, type RunningServer } from './server.ts';
import { expectAccessible, launchBrowser, mainText, newContext } from './browser.ts';

describe('production server (no demo)', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({ demo: false });
	});
	afterAll(async () => {
		if (server) {
			await server.stop();
			fs.rmSync(server.dataDir, { recursive: true, force: true });
		}
	});

	it('starts on a migrated, empty database, without demo accounts', async () => {
		const health = await fetch(`${server.url}/healthz`);
		expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });

		const browser = await launchBrowser();
		const page = await (await newContext(browser, server.url)).newPage();
		await page.goto('/');
		expect(await mainText(page)).not.toContain('Transformateur numérique');
		await expectAccessible(page);
		await page.goto('/connexion');
		expect(await mainText(page)).not.toMatch(/démonstration/i);
		await page.getByLabel('Adresse e-mail').fill('equipe@transformateur.test');
		await page.getByLabel('Mot de passe', { exact: true }).fill('demo');
		await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
		await expect.poll(() => mainText(page)).toContain('Adresse e-mail ou mot de passe incorrect.');
		await browser.close();
	});

	it('stops cleanly on SIGTERM and releases the data directory', async () => {
		const code = await server.stop();
		expect(code).toBe(0);
		expect(fs.existsSync(`${server.dataDir}/transformateur.lock`)).toBe(false);
		expect(server.output()).not.toMatch(/Error|Erreur/);
	});
});
