import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeam, requireUser } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { Invalid, type FieldErrors } from '#lib/server/errors.ts';
import type { UserActor } from '#lib/server/accounts/actor.ts';
import {
	QUESTION_KINDS,
	FILE_TYPES,
	isChoiceKind,
	type FormDefinition,
	type Question,
	type QuestionKind,
	type ShowIf
} from '#lib/server/calls/form/definition.ts';
import {
	addQuestion,
	addSection,
	formatOptionsText,
	moveQuestion,
	moveSection,
	parseOptionsText,
	removeQuestion,
	removeSection,
	updateQuestion,
	updateSection
} from '#lib/server/calls/form/edit.ts';
import { getCall, getCurrentForm, saveCallForm } from '#lib/server/calls/index.ts';
import { getProgramme } from '#lib/server/programmes/index.ts';
import { notFoundPage } from '../../../../notFound.ts';

const MB = 1024 * 1024;

export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	requireTeam(event);
	const call = await notFoundPage(locals.t, () =>
		getCall(locals.app.db, locals.actor, params.callId)
	);
	if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
	requireTeam(event, call.programmeId);
	const programme = await getProgramme(locals.app.db, locals.actor, call.programmeId);
	const { version } = await getCurrentForm(locals.app.db, locals.actor, call.id);
	const definition: FormDefinition = version?.definition ?? { sections: [] };
	const selected = /^(\d+)\.(\d+)$/.exec(url.searchParams.get('question') ?? '');
	const section = /^\d+$/.test(url.searchParams.get('section') ?? '')
		? Number(url.searchParams.get('section'))
		: null;
	return {
		programme: { id: programme.id, name: programme.name },
		call: { id: call.id, title: call.title, status: call.status },
		version: version?.number ?? null,
		definition,
		kinds: QUESTION_KINDS,
		fileTypes: Object.entries(FILE_TYPES).map(([mime, f]) => ({ mime, name: f.name })),
		editing: selected ? { section: Number(selected[1]), question: Number(selected[2]) } : null,
		editingSection: section,
		optionsText: Object.fromEntries(
			definition.sections.flatMap((s) =>
				s.questions.map((q) => [q.key, formatOptionsText(q.options)] as const)
			)
		),
		saved: url.searchParams.get('notice') === 'saved'
	};
};

const text = (form: FormData, key: string) => {
	const v = form.get(key);
	return typeof v === 'string' ? v.trim() : '';
};
const index = (form: FormData, key: string) => {
	const n = Number(text(form, key));
	if (!Number.isInteger(n) || n < 0) throw new Invalid('calls.builder.error.notFound');
	return n;
};
const optionalNumber = (form: FormData, key: string, fields: FieldErrors) => {
	const raw = text(form, key).replace(',', '.');
	if (raw === '') return undefined;
	const n = Number(raw);
	if (!Number.isFinite(n)) fields[key] = ['calls.builder.error.number'];
	return n;
};

/** The answer a condition expects, typed after the question it points at. */
function conditionValue(def: FormDefinition, questionKey: string, raw: string): ShowIf['equals'] {
	const target = def.sections.flatMap((s) => s.questions).find((q) => q.key === questionKey);
	if (target?.kind === 'yes_no') return /^(oui|yes|true|vrai)$/i.test(raw);
	if (target?.kind === 'number' && raw !== '' && Number.isFinite(Number(raw))) return Number(raw);
	return raw;
}

/** A question's settings from the edit form; throws `Invalid` on the form's own fields. */
function questionSettings(def: FormDefinition, form: FormData): Omit<Question, 'key'> {
	const fields: FieldErrors = {};
	const kind = text(form, 'kind') as QuestionKind;
	const settings: Omit<Question, 'key'> = {
		kind,
		label: { fr: text(form, 'labelFr'), en: text(form, 'labelEn') },
		help: { fr: text(form, 'helpFr'), en: text(form, 'helpEn') },
		required: form.get('required') === 'on'
	};
	if (isChoiceKind(kind)) settings.options = parseOptionsText(text(form, 'options'));
	if (kind === 'number') {
		settings.min = optionalNumber(form, 'min', fields);
		settings.max = optionalNumber(form, 'max', fields);
	}
	if (kind === 'short_text' || kind === 'long_text') {
		settings.maxLength = optionalNumber(form, 'maxLength', fields);
	}
	if (kind === 'file') {
		const accept = form.getAll('accept').map(String);
		if (accept.length) settings.accept = accept;
		const mb = optionalNumber(form, 'maxMegabytes', fields);
		if (mb !== undefined) settings.maxBytes = Math.round(mb * MB);
	}
	const showIfQuestion = text(form, 'showIfQuestion');
	if (showIfQuestion) {
		settings.showIf = {
			question: showIfQuestion,
			equals: conditionValue(def, showIfQuestion, text(form, 'showIfEquals'))
		};
	}
	if (Object.keys(fields).length) throw new Invalid('calls.error.formInvalid', fields);
	return settings;
}

/** Field of the question form a definition error belongs to. */
function questionField(rest: string): string {
	const [head, sub] = rest.split('.');
	if (head === 'label' || head === 'help') return `${head}${sub === 'en' ? 'En' : 'Fr'}`;
	if (head === 'showIf') return sub === 'equals' ? 'showIfEquals' : 'showIfQuestion';
	if (head === 'maxBytes') return 'maxMegabytes';
	return head || 'labelFr';
}

/** Definition errors under the names of the form that was posted. */
function formFields(fields: FieldErrors, op: string, s: number, q: number): FieldErrors {
	const out: FieldErrors = {};
	for (const [path, msgs] of Object.entries(fields)) {
		let key = path;
		const question = /^sections\.(\d+)\.questions\.(\d+)\.?(.*)$/.exec(path);
		const section = /^sections\.(\d+)\.(title|description)\.(fr|en)$/.exec(path);
		if (
			op === 'editQuestion' &&
			question &&
			Number(question[1]) === s &&
			Number(question[2]) === q
		) {
			key = questionField(question[3]);
		} else if (op === 'addQuestion' && question) key = `new-${s}-labelFr`;
		else if ((op === 'editSection' || op === 'addSection') && section) {
			key = `${section[2]}${section[3] === 'en' ? 'En' : 'Fr'}`;
			if (op === 'addSection') key = `new-section-${key}`;
		}
		(out[key] ??= []).push(...msgs);
	}
	return out;
}

export const actions: Actions = {
	default: async (event) => {
		const actor: UserActor = requireUser(event);
		const form = await event.request.formData();
		const op = text(form, 'op');
		const { params, locals } = event;
		const base = `/admin/programmes/${params.id}/appels/${params.callId}/formulaire`;
		let s = -1;
		let q = -1;
		return formAction(locals.t, form, async () => {
			const call = await getCall(locals.app.db, actor, params.callId);
			if (call.programmeId !== params.id) error(404, locals.t('error.notFound'));
			const { version } = await getCurrentForm(locals.app.db, actor, call.id);
			const def: FormDefinition = version?.definition ?? { sections: [] };
			let next: FormDefinition;
			let after = `${base}?notice=saved`;
			switch (op) {
				case 'addSection':
					next = addSection(def, { fr: text(form, 'titleFr'), en: text(form, 'titleEn') });
					after = `${base}?notice=saved#section-${next.sections.length - 1}`;
					break;
				case 'editSection':
					s = index(form, 'section');
					next = updateSection(def, s, {
						title: { fr: text(form, 'titleFr'), en: text(form, 'titleEn') },
						description: { fr: text(form, 'descriptionFr'), en: text(form, 'descriptionEn') }
					});
					after = `${base}?notice=saved#section-${s}`;
					break;
				case 'sectionUp':
				case 'sectionDown':
					next = moveSection(def, index(form, 'section'), op === 'sectionUp' ? -1 : 1);
					break;
				case 'deleteSection':
					next = removeSection(def, index(form, 'section'));
					break;
				case 'addQuestion': {
					s = index(form, 'section');
					next = addQuestion(def, s, {
						kind: text(form, 'kind') as QuestionKind,
						label: { fr: text(form, 'labelFr'), en: '' }
					});
					const added = next.sections[s]?.questions.length - 1;
					after = `${base}?question=${s}.${added}#edit-question`;
					break;
				}
				case 'editQuestion':
					s = index(form, 'section');
					q = index(form, 'question');
					next = updateQuestion(def, s, q, questionSettings(def, form));
					after = `${base}?notice=saved#section-${s}`;
					break;
				case 'questionUp':
				case 'questionDown':
					next = moveQuestion(
						def,
						index(form, 'section'),
						index(form, 'question'),
						op === 'questionUp' ? -1 : 1
					);
					break;
				case 'deleteQuestion':
					next = removeQuestion(def, index(form, 'section'), index(form, 'question'));
					break;
				default:
					throw new Invalid('calls.builder.error.notFound');
			}
			try {
				await saveCallForm(locals.app, actor, call.id, next);
			} catch (e) {
				if (e instanceof Invalid) throw new Invalid(e.message, formFields(e.fields, op, s, q));
				throw e;
			}
			redirect(303, after);
		});
	}
};
