/** What the outside world sees of calls, their forms and the programme's lists: never raw rows. */
import type { FormDefinition, Localized, QuestionKind, ShowIf } from './form/definition.ts';
import { DEFAULT_MAX_LENGTH, STAGES } from './form/definition.ts';
import { STAGE_LABELS } from './form/defaults.ts';
import type { EligibilityRule } from '../applications/eligibility.ts';
import type { OrganisationType } from '../applications/organisation.ts';
import type { CallStatus, FaqEntry, TermKind } from './schemas.ts';

export type CallRow = {
	id: string;
	programmeId: string;
	cycleId: string;
	slug: string;
	title: string;
	body: string;
	opensAt: Date | null;
	closesAt: Date | null;
	eligibleTypes: string[];
	faq: unknown;
	contactEmail: string;
	contactText: string;
	status: CallStatus;
	eligibilityRules: unknown;
	juryReadsRegionalOpinions: boolean;
	createdAt: Date;
	updatedAt: Date;
};

/**
 * Where a call stands for applicants: `open` (published and within its dates), `upcoming`
 * (published, not yet open), `closed` (closed, or published and past its closing), or its status
 * when it is not public (`draft`, `archived`).
 */
export type CallAvailability = 'draft' | 'upcoming' | 'open' | 'closed' | 'archived';

export type CallView = {
	id: string;
	programmeId: string;
	cycleId: string;
	slug: string;
	title: string;
	body: string;
	opensAt: string | null;
	closesAt: string | null;
	eligibleTypes: OrganisationType[];
	faq: FaqEntry[];
	contactEmail: string;
	contactText: string;
	status: CallStatus;
	availability: CallAvailability;
	eligibilityRules: EligibilityRule[];
	/** Whether the jury may read the regional partners' opinions on its applications. */
	juryReadsRegionalOpinions: boolean;
	createdAt: string;
	updatedAt: string;
};

export function availability(
	c: { status: CallStatus; opensAt: Date | string | null; closesAt: Date | string | null },
	now = new Date()
): CallAvailability {
	if (c.status !== 'published') return c.status;
	const t = now.getTime();
	if (c.closesAt && new Date(c.closesAt).getTime() <= t) return 'closed';
	if (!c.opensAt || new Date(c.opensAt).getTime() > t) return 'upcoming';
	return 'open';
}

function faqOf(v: unknown): FaqEntry[] {
	if (!Array.isArray(v)) return [];
	return v
		.filter(
			(e): e is FaqEntry =>
				Boolean(e) &&
				typeof (e as FaqEntry).question === 'string' &&
				typeof (e as FaqEntry).answer === 'string'
		)
		.map((e) => ({ question: e.question, answer: e.answer }));
}

export function presentCall(c: CallRow, now = new Date()): CallView {
	return {
		id: c.id,
		programmeId: c.programmeId,
		cycleId: c.cycleId,
		slug: c.slug,
		title: c.title,
		body: c.body,
		opensAt: c.opensAt ? c.opensAt.toISOString() : null,
		closesAt: c.closesAt ? c.closesAt.toISOString() : null,
		eligibleTypes: [...c.eligibleTypes] as OrganisationType[],
		faq: faqOf(c.faq),
		contactEmail: c.contactEmail,
		contactText: c.contactText,
		status: c.status,
		availability: availability(c, now),
		eligibilityRules: Array.isArray(c.eligibilityRules)
			? (c.eligibilityRules as EligibilityRule[])
			: [],
		juryReadsRegionalOpinions: c.juryReadsRegionalOpinions,
		createdAt: c.createdAt.toISOString(),
		updatedAt: c.updatedAt.toISOString()
	};
}

/** What the audit log keeps of a call: everything but the volatile `availability`. */
export function auditedCall(v: CallView): Omit<CallView, 'availability'> {
	const { availability: _a, ...rest } = v;
	return rest;
}

export type TermRow = {
	id: string;
	programmeId: string;
	kind: TermKind;
	value: string;
	labelFr: string;
	labelEn: string;
	position: number;
	archived: boolean;
};

export type TermView = {
	value: string;
	label: Localized;
	position: number;
	archived: boolean;
};

export function presentTerm(t: TermRow): TermView {
	return {
		value: t.value,
		label: { fr: t.labelFr, en: t.labelEn },
		position: t.position,
		archived: t.archived
	};
}

export type FormVersionView = {
	callId: string;
	number: number;
	definition: FormDefinition;
	createdAt: string;
};

export type OptionView = { value: string; label: Localized };

/** A question as applicants and API clients see it: its options resolved. */
export type QuestionView = {
	key: string;
	type: QuestionKind;
	label: Localized;
	help: Localized;
	required: boolean;
	/** For choice kinds, the question's options; for list kinds, the programme's terms or stages. */
	options: OptionView[] | null;
	multiple: boolean;
	maxLength: number | null;
	min: number | null;
	max: number | null;
	accept: string[] | null;
	maxBytes: number | null;
	showIf: ShowIf | null;
};

export type SectionView = {
	key: string;
	title: Localized;
	description: Localized;
	questions: QuestionView[];
};

export type PublicFormView = { version: number; sections: SectionView[] };

/** Resolves the options of each question: its own, the programme's lists, or the stages. */
export function presentForm(
	version: { number: number; definition: FormDefinition },
	terms: { qvct_theme: TermView[]; typology: TermView[] }
): PublicFormView {
	const live = (list: TermView[]) =>
		list.filter((t) => !t.archived).map((t) => ({ value: t.value, label: t.label }));
	return {
		version: version.number,
		sections: version.definition.sections.map((s) => ({
			key: s.key,
			title: s.title,
			description: s.description,
			questions: s.questions.map((q) => ({
				key: q.key,
				type: q.kind,
				label: q.label,
				help: q.help,
				required: q.required,
				options:
					q.kind === 'single_choice' || q.kind === 'multiple_choice'
						? (q.options ?? []).map((o) => ({ value: o.value, label: o.label }))
						: q.kind === 'qvct_themes'
							? live(terms.qvct_theme)
							: q.kind === 'typology'
								? live(terms.typology)
								: q.kind === 'stage'
									? STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }))
									: null,
				multiple: ['multiple_choice', 'qvct_themes', 'typology'].includes(q.kind),
				maxLength:
					q.maxLength ??
					(q.kind === 'short_text' || q.kind === 'long_text' ? DEFAULT_MAX_LENGTH[q.kind] : null),
				min: q.min ?? null,
				max: q.max ?? null,
				accept: q.accept ?? null,
				maxBytes: q.maxBytes ?? null,
				showIf: q.showIf ?? null
			}))
		}))
	};
}

/** Number of questions of a definition. */
export function questionCount(def: FormDefinition): number {
	return def.sections.reduce((n, s) => n + s.questions.length, 0);
}
