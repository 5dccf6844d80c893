import type { Actor } from '#lib/server/accounts/actor.ts';
import type { App as RunningApp } from '#lib/server/app.ts';
import type { Locale, Translate } from '#lib/i18n/index.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			app: RunningApp;
			actor: Actor;
			locale: Locale;
			t: Translate;
			/** Hash of the browser session's token, when the request came with one. */
			sessionId: string | null;
		}
		interface PageData {
			locale: Locale;
		}
	}
}

export {};
