/**
 * The browser for end-to-end tests: `CHROMIUM_PATH` when set, else Debian's chromium when
 * installed, else the Chromium shipped inside the @sparticuz/chromium package.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';

const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

async function executable(): Promise<{ path: string; args: string[] }> {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const c of candidates) {
		if (c && fs.existsSync(c)) return { path: c, args: FLAGS };
	}
	const sparticuz = (await import('@sparticuz/chromium')).default;
	return {
		path: await sparticuz.executablePath(),
		args: [...FLAGS, '--no-zygote', '--single-process']
	};
}

export async function launchBrowser(): Promise<Browser> {
	const exe = await executable();
	return chromium.launch({ executablePath: exe.path, args: exe.args, headless: true });
}

export async function newContext(
	browser: Browser,
	baseURL: string,
	opts: { javaScript?: boolean; mobile?: boolean } = {}
): Promise<BrowserContext> {
	return browser.newContext({
		baseURL,
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		javaScriptEnabled: opts.javaScript ?? true,
		viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 }
	});
}

/** axe-core, WCAG 2.1 A and AA rules: no violation allowed on any visited page. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe-core sur ${page.url()}`).toEqual([]);
}

export async function loginAs(page: Page, email: string, password = 'demo'): Promise<void> {
	await page.goto('/connexion');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
	await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}
