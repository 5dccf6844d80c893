/**
 * Configuration from the environment, validated once at start. Every problem is reported on its
 * own line, in plain words, and the process refuses to start.
 */
import path from 'node:path';
import { z } from 'zod';

const flag = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
	.optional()
	.transform((v) => v === '1' || v === 'true' || v === 'yes' || v === 'on');

const schema = z.object({
	PORT: z.coerce
		.number({ error: 'PORT doit être un nombre entier entre 1 et 65535' })
		.int('PORT doit être un nombre entier entre 1 et 65535')
		.min(1, 'PORT doit être un nombre entier entre 1 et 65535')
		.max(65535, 'PORT doit être un nombre entier entre 1 et 65535')
		.default(3000),
	HOST: z.string().min(1).default('127.0.0.1'),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL doit commencer par postgres:// ou postgresql://')
		.optional(),
	PUBLIC_URL: z
		.url({ error: 'PUBLIC_URL doit être une adresse complète, comme https://exemple.fr' })
		.optional(),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'SMTP_URL doit commencer par smtp:// ou smtps://')
		.optional(),
	SESSION_SECRET: z
		.string()
		.min(32, 'SESSION_SECRET doit compter au moins 32 caractères')
		.optional(),
	DEMO: flag
});

export type Config = {
	port: number;
	host: string;
	dataDir: string;
	databaseUrl: string | undefined;
	publicUrl: string;
	smtpUrl: string | undefined;
	sessionSecret: string | undefined;
	demo: boolean;
	secureCookies: boolean;
};

export class ConfigError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`Configuration invalide :\n${problems.map((p) => `- ${p}`).join('\n')}`);
		this.problems = problems;
	}
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	// An empty variable counts as unset.
	const cleaned = Object.fromEntries(
		Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]])
	);
	const parsed = schema.safeParse(cleaned);
	if (!parsed.success) {
		throw new ConfigError(
			parsed.error.issues.map((i) => {
				const key = String(i.path[0] ?? '');
				return i.message.includes(key) ? i.message : `${key} : ${i.message}`;
			})
		);
	}
	const c = parsed.data;
	const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
	return {
		port: c.PORT,
		host: c.HOST,
		dataDir: path.resolve(c.DATA_DIR),
		databaseUrl: c.DATABASE_URL,
		publicUrl,
		smtpUrl: c.SMTP_URL,
		sessionSecret: c.SESSION_SECRET,
		demo: c.DEMO,
		secureCookies: publicUrl.startsWith('https://')
	};
}
