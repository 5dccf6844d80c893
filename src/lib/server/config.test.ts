import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
	it('has working defaults: port 3000 on 127.0.0.1, embedded database in ./data', () => {
		const c = loadConfig({});
		expect(c.port).toBe(3000);
		expect(c.host).toBe('127.0.0.1');
		expect(c.dataDir.endsWith('/data')).toBe(true);
		expect(c.databaseUrl).toBeUndefined();
		expect(c.publicUrl).toBe('http://localhost:3000');
		expect(c.secureCookies).toBe(false);
		expect(c.demo).toBe(false);
	});

	it('turns on Secure cookies behind an https public address', () => {
		const c = loadConfig({ PUBLIC_URL: 'https://transfo.example.org/', DEMO: '1' });
		expect(c.publicUrl).toBe('https://transfo.example.org');
		expect(c.secureCookies).toBe(true);
		expect(c.demo).toBe(true);
	});

	it('reports every problem on its own line, naming the variable', () => {
		try {
			loadConfig({
				PORT: 'abc',
				DATABASE_URL: 'mysql://x',
				SMTP_URL: 'http://mail',
				SESSION_SECRET: 'court',
				PUBLIC_URL: 'pas une adresse'
			});
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ConfigError);
			const problems = (e as ConfigError).problems;
			expect(problems).toHaveLength(5);
			for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'SESSION_SECRET', 'PUBLIC_URL']) {
				expect(problems.some((p) => p.includes(name))).toBe(true);
			}
		}
	});
});
