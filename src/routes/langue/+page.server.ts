import { redirect, type Actions } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n/index.ts';
import { LOCALE_COOKIE } from '#lib/server/http/locale.ts';
import { safeRedirectTarget } from '#lib/server/http/redirect.ts';

export const load = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (isLocale(locale)) {
			cookies.set(LOCALE_COOKIE, locale, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: locals.app.config.secureCookies,
				maxAge: 365 * 24 * 3600
			});
		}
		redirect(303, safeRedirectTarget(form.get('redirectTo')));
	}
};
