/**
 * The web server's one running platform, started on first use and closed on shutdown
 * (SIGTERM/SIGINT through adapter-node's `sveltekit:shutdown` event).
 */
import { loadConfig } from './config.ts';
import { startApp, type App } from './app.ts';
import { ensureDemoData } from './demo/seed.ts';
import { maintainDatabase } from './db/client.ts';

const key = Symbol.for('transformateur.app');
type Holder = { [key]?: Promise<App> };

export function getApp(): Promise<App> {
	const holder = globalThis as Holder;
	holder[key] ??= (async () => {
		const config = loadConfig();
		const app = await startApp(config, { workers: true });
		if (config.demo) await ensureDemoData(app);
		await maintainDatabase(app.database);
		const shutdown = async () => {
			try {
				await app.close();
			} catch (e) {
				console.error('Arrêt :', (e as Error).message);
			}
		};
		process.once('sveltekit:shutdown' as never, shutdown);
		return app;
	})();
	return holder[key];
}
