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

	it('answers 404 in French for an unknown page', async () => {
		const res = await fetch(`${baseURL}/nulle-part`);
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('Cette page n’existe pas');
	});
});
