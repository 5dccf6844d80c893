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
	// Not `--single-process` (the package's default for serverless functions): closing one
	// context would then take the whole browser down, and tests use several contexts.
	return { path: await sparticuz.executablePath(), args: [...FLAGS, '--no-zygote'] };
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
	const context = await browser.newContext({
		baseURL,
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		javaScriptEnabled: opts.javaScript ?? true,
		viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 }
	});
	context.setDefaultTimeout(15_000);
	if (opts.javaScript === false) noScript.add(context);
	return context;
}

/** Contexts with JavaScript disabled: axe-core cannot run inside them. */
const noScript = new WeakSet<BrowserContext>();

/**
 * With JavaScript disabled, axe-core runs on a copy of the exact HTML the server sent (scripts
 * removed), loaded at the same address in a JavaScript-enabled page.
 */
async function pageForAxe(page: Page): Promise<{ page: Page; done(): Promise<void> }> {
	if (!noScript.has(page.context())) return { page, async done() {} };
	const browser = page.context().browser()!;
	const url = new URL(page.url());
	const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/gi, '');
	const context = await browser.newContext({ baseURL: url.origin, locale: 'fr-FR' });
	const copy = await context.newPage();
	await copy.route(url.href, (route) =>
		route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
	);
	await copy.goto(url.href);
	return { page: copy, done: () => context.close() };
}

/** axe-core, WCAG 2.1 A and AA rules: no violation allowed on any visited page. */
export async function expectAccessible(original: Page): Promise<void> {
	const { page, done } = await pageForAxe(original);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		// A sandboxed frame runs no script, so axe-core cannot enter it; it only shows e-mails.
		.exclude('iframe[sandbox]')
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	await done();
	expect(summary, `axe-core sur ${original.url()}`).toEqual([]);
}

export async function loginAs(page: Page, email: string, password = 'demo'): Promise<void> {
	await page.goto('/connexion');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
	await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}

/** The text of the page's main region, with French non-breaking spaces made plain. */
export async function mainText(page: Page): Promise<string> {
	return (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

/** The team reads the development mailbox and returns the newest link to `path` sent to `to`. */
export async function linkFromMailbox(team: Page, to: string, subject: string, path: string) {
	await team.goto('/admin/courriels');
	const row = team.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
	await row.getByRole('link').first().click();
	await team.waitForURL(/\/admin\/courriels\/.+/);
	const text = await mainText(team);
	const m = new RegExp(`https?://[^\\s"]+${path}[^\\s"]*`).exec(text);
	expect(m, `lien ${path} dans le message`).not.toBeNull();
	return new URL(m![0]).pathname + new URL(m![0]).search;
}

/** A valid SIRET: 13 digits and their Luhn check digit. */
export function siret(base13: string): string {
	for (let d = 0; d <= 9; d++) {
		const digits = base13 + d;
		let sum = 0;
		for (let i = 0; i < digits.length; i++) {
			let n = Number(digits[digits.length - 1 - i]);
			if (i % 2 === 1) {
				n *= 2;
				if (n > 9) n -= 9;
			}
			sum += n;
		}
		if (sum % 10 === 0) return digits;
	}
	throw new Error('impossible');
}
