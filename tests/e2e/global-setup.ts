import type { TestProject } from 'vitest/node';
import fs from 'node:fs';
import { startServer, type RunningServer } from './server.ts';

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
	server = await startServer({ demo: true });
	project.provide('baseURL', server.url);
}

export async function teardown() {
	if (!server) return;
	const code = await server.stop();
	fs.rmSync(server.dataDir, { recursive: true, force: true });
	if (code !== 0) {
		throw new Error(
			`Le serveur ne s'est pas arrêté proprement (code ${code}) :\n${server.output()}`
		);
	}
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}
