import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeam } from '#lib/server/http/guards.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { Invalid, NotFound } from '#lib/server/errors.ts';
import { addAssignment } from '#lib/server/review/assignAdd.ts';
import { applyAssignment } from '#lib/server/review/assignApply.ts';
import { currentAssignment } from '#lib/server/review/assignList.ts';
import { setAssignmentLock } from '#lib/server/review/assignLock.ts';
import { previewAssignment } from '#lib/server/review/assignPreview.ts';
import { swapAssignment } from '#lib/server/review/assignSwap.ts';
import { removeAssignment } from '#lib/server/review/assignRemove.ts';
import { notFoundPage } from '../../../../notFound.ts';

const NOTICES = ['applied', 'locked', 'unlocked', 'removed', 'added', 'swapped'] as const;
const count = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : 0);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The call's programme must be the one in the address. */
function sameProgramme(event: RequestEvent, programmeId: string) {
	if (programmeId !== event.params.id) error(404, event.locals.t('error.notFound'));
}

/**
 * The team's assignment of a call's jury: the current assignment (per application, per member),
 * the preview of a computed one (`?apercu=1`) to apply, and the manual adjustments.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const actor = requireTeam(event);
	const current = await notFoundPage(locals.t, () =>
		currentAssignment(locals.app.db, actor, params.callId)
	);
	sameProgramme(event, current.call.programmeId);
	const wantsPreview = url.searchParams.get('apercu') === '1';
	const preview = wantsPreview
		? await notFoundPage(locals.t, () => previewAssignment(locals.app.db, actor, params.callId))
		: null;
	const notice = NOTICES.find((n) => n === url.searchParams.get('notice')) ?? null;
	return {
		programmeId: params.id,
		call: current.call,
		applications: current.applications,
		reviewers: current.reviewers,
		preview,
		notice,
		applied:
			notice === 'applied'
				? {
						added: count(url.searchParams.get('ajoutees')),
						removed: count(url.searchParams.get('retirees')),
						notified: count(url.searchParams.get('prevenus'))
					}
				: null
	};
};

const here = (event: RequestEvent) =>
	`/admin/programmes/${event.params.id}/appels/${event.params.callId}/affectation`;

const assignmentIdOf = (form: FormData) => {
	const id = String(form.get('assignmentId') ?? '');
	if (!UUID.test(id)) throw new NotFound();
	return id;
};

export const actions: Actions = {
	apply: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const r = await applyAssignment(event.locals.app, actor, event.params.callId, {
				expectedFingerprint: String(form.get('fingerprint') ?? '')
			});
			const q = new URLSearchParams({
				notice: 'applied',
				ajoutees: String(r.added),
				retirees: String(r.removed),
				prevenus: String(r.notified)
			});
			redirect(303, `${here(event)}?${q}#actuelle`);
		});
	},
	lock: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			const locked = form.get('locked') === 'true';
			await setAssignmentLock(event.locals.app, actor, event.params.callId, assignmentIdOf(form), {
				locked
			});
			redirect(303, `${here(event)}?notice=${locked ? 'locked' : 'unlocked'}#actuelle`);
		});
	},
	remove: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			await removeAssignment(event.locals.app, actor, event.params.callId, assignmentIdOf(form));
			redirect(303, `${here(event)}?notice=removed#actuelle`);
		});
	},
	swap: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			try {
				await swapAssignment(event.locals.app, actor, event.params.callId, assignmentIdOf(form), {
					juryMemberId: String(form.get('juryMemberId') ?? '')
				});
			} catch (e) {
				// Named after the row's own field, not the addition form's.
				if (e instanceof Invalid) {
					throw new Invalid(e.message, { swapMember: Object.values(e.fields).flat() });
				}
				throw e;
			}
			redirect(303, `${here(event)}?notice=swapped#actuelle`);
		});
	},
	add: async (event) => {
		const actor = requireTeam(event);
		const form = await event.request.formData();
		return formAction(event.locals.t, form, async () => {
			await addAssignment(event.locals.app, actor, event.params.callId, {
				juryMemberId: String(form.get('juryMemberId') ?? ''),
				applicationId: String(form.get('applicationId') ?? ''),
				locked: form.get('locked') === 'on'
			});
			redirect(303, `${here(event)}?notice=added#actuelle`);
		});
	}
};
