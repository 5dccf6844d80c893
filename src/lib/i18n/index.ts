/**
 * Every string the user reads goes through here. French is the reference language; English must
 * have the same keys (the type checker says so). Messages are split by domain, one file each.
 */
import common from './messages/common.ts';
import accounts from './messages/accounts.ts';
import programmes from './messages/programmes.ts';
import admin from './messages/admin.ts';
import emails from './messages/emails.ts';
import legal from './messages/legal.ts';
import api from './messages/api.ts';
import applications from './messages/applications.ts';
import calls from './messages/calls.ts';
import storage from './messages/storage.ts';
import holder from './messages/holder.ts';
import screening from './messages/screening.ts';
import review from './messages/review.ts';
import terms from './messages/terms.ts';
import partners from './messages/partners.ts';
import opinions from './messages/opinions.ts';
import funnel from './messages/funnel.ts';
import jury from './messages/jury.ts';
import conflicts from './messages/conflicts.ts';
import assignments from './messages/assignments.ts';
import reviewing from './messages/reviewing.ts';
import ranking from './messages/ranking.ts';
import decisions from './messages/decisions.ts';
import events from './messages/events.ts';
import canvas from './messages/canvas.ts';
import synergies from './messages/synergies.ts';
import finalSelection from './messages/finalSelection.ts';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const fr = {
	...common.fr,
	...storage.fr,
	...holder.fr,
	...accounts.fr,
	...programmes.fr,
	...admin.fr,
	...emails.fr,
	...legal.fr,
	...api.fr,
	...applications.fr,
	...calls.fr,
	...screening.fr,
	...review.fr,
	...terms.fr,
	...partners.fr,
	...opinions.fr,
	...funnel.fr,
	...jury.fr,
	...conflicts.fr,
	...assignments.fr,
	...reviewing.fr,
	...ranking.fr,
	...decisions.fr,
	...events.fr,
	...canvas.fr,
	...synergies.fr,
	...finalSelection.fr
};
export type MessageKey = keyof typeof fr;
const en: Record<MessageKey, string> = {
	...common.en,
	...storage.en,
	...holder.en,
	...accounts.en,
	...programmes.en,
	...admin.en,
	...emails.en,
	...legal.en,
	...api.en,
	...applications.en,
	...calls.en,
	...screening.en,
	...review.en,
	...terms.en,
	...partners.en,
	...opinions.en,
	...funnel.en,
	...jury.en,
	...conflicts.en,
	...assignments.en,
	...reviewing.en,
	...ranking.en,
	...decisions.en,
	...events.en,
	...canvas.en,
	...synergies.en,
	...finalSelection.en
};
const dictionaries: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isLocale(v: unknown): v is Locale {
	return v === 'fr' || v === 'en';
}

export function translator(locale: Locale): Translate {
	const dict = dictionaries[locale] ?? fr;
	return (key, params) => {
		const template = dict[key] ?? fr[key] ?? key;
		if (!params) return template;
		return template.replace(/\{(\w+)\}/g, (m, name: string) =>
			name in params ? String(params[name]) : m
		);
	};
}

/**
 * Domain errors and validation schemas may carry a message key instead of a sentence; the edge
 * translates it. Anything that is not a key is shown as it is.
 */
export function translateMessage(t: Translate, message: string): string {
	return message in fr ? t(message as MessageKey) : message;
}
