/**
 * The demo programme. Seeded once, on first start in demo mode or by `transfo demo seed`.
 */
import type { App } from '../app.ts';

export async function ensureDemoData(app: App): Promise<boolean> {
	void app;
	return false;
}
