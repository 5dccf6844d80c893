import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext } from './browser.ts';

const baseURL = inject('baseURL');

describe('the platform answers', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('reports its health with the embedded database', async () => {
		const res = await fetch(`${baseURL}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ status: 'ok', database: 'pglite' });
	});

	it('shows the home page in French, accessible, and switches to English', async () => {
		const context = await newContext(browser, baseURL);
		const page = await context.newPage();
		await page.goto('/');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.waitForFunction(() => document.documentElement.lang === 'en');
		await expect.poll(() => page.getByRole('link', { name: 'Log in' }).count()).toBe(1);
		await context.close();
	});

	it('runs its scripts under a strict Content-Security-Policy, without any browser error', async () => {
		const context = await newContext(browser, baseURL);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		const res = await page.goto('/connexion');
		const csp = res?.headers()['content-security-policy'] ?? '';
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		// Client-side navigation only happens once SvelteKit has started in the page: the document
		// (and this marker in it) survives the navigation.
		await page.waitForFunction(() => document.body.dataset.sveltekitPreloadData === 'hover');
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
		await page.waitForURL('**/mot-de-passe-oublie');
		await page.getByRole('heading', { level: 1 }).waitFor();
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('answers 404 in French for an unknown page', async () => {
		const res = await fetch(`${baseURL}/nulle-part`);
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('Cette page n’existe pas');
	});
});
