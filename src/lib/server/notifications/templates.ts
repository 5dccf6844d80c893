/**
 * E-mail templates, in French and English, each with a plain-text part. Values are escaped in
 * the HTML part. Templates only format: they take what they show as parameters.
 */
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';

export type EmailTemplate =
	| { template: 'verify_email'; params: { name: string; url: string } }
	| { template: 'magic_link'; params: { name: string; url: string } }
	| { template: 'reset_password'; params: { name: string; url: string } }
	| { template: 'account_exists'; params: { name: string; loginUrl: string; resetUrl: string } }
	| {
			template: 'role_granted';
			params: { name: string; role: string; programme: string; url: string };
	  }
	| {
			template: 'application_receipt';
			params: {
				name: string;
				reference: string;
				title: string;
				call: string;
				/** Date and time of the submission, in Paris, in the reader's language. */
				submittedAt: string;
				url: string;
			};
	  }
	| {
			template: 'application_status_changed';
			params: {
				name: string;
				reference: string;
				title: string;
				call: string;
				status: string;
				reason: string;
				url: string;
			};
	  }
	| {
			template: 'coholder_invitation';
			params: { name: string; inviter: string; title: string; call: string; url: string };
	  }
	| {
			/** A regional partner invites a prospect to apply (messages in `partners.ts`). */
			template: 'partner_referral';
			params: {
				name: string;
				inviter: string;
				partner: string;
				call: string;
				programme: string;
				/** Until when the link works, in Paris, in the reader's language. */
				until: string;
				/** The inviter's own words, already introduced (« Son message : … »), or ''. */
				note: string;
				url: string;
			};
	  }
	| {
			/** The team invites someone to a call's jury (messages in `jury.ts`). */
			template: 'jury_invitation';
			params: { name: string; inviter: string; call: string; programme: string; url: string };
	  }
	| {
			/** Reviews still to submit before the call's review deadline (messages in `reviewing.ts`). */
			template: 'review_reminder';
			params: { name: string; call: string; deadline: string; count: string; url: string };
	  }
	| {
			/** A jury member's assignment changed (messages in `assignments.ts`). */
			template: 'assignment_changed';
			params: { name: string; call: string; count: string; url: string };
	  }
	| {
			/** The team's shortlist decision, told to each holder (messages in `decisions.ts`). */
			template: 'shortlist_decision';
			params: {
				name: string;
				reference: string;
				title: string;
				call: string;
				/** The decision's label, in the reader's language. */
				decision: string;
				reason: string;
				/** The reviewers' comments to the applicant, introduced, unsigned (or a sentence). */
				comments: string;
				url: string;
			};
	  }
	| {
			/**
			 * A convocation to a session, with its calendar file attached (messages in `events.ts`).
			 * `event_updated` says the session changed, `event_cancelled` that it will not take place,
			 * `event_slot_changed` that the holder's pitch moved (or was removed), `event_uninvited`
			 * that this person is no longer expected.
			 */
			template:
				| 'event_invitation'
				| 'event_updated'
				| 'event_cancelled'
				| 'event_reminder'
				| 'event_slot_changed'
				| 'event_uninvited';
			params: {
				name: string;
				event: string;
				/** The dates and times, in Paris, in the reader's language. */
				when: string;
				/** The place and/or the video link, or ''. */
				where: string;
				/** The participant's own slot (a pitch), introduced, or ''. */
				slot: string;
				url: string;
			};
	  }
	| {
			/** The final selection's decision, told to each holder (messages in `finalSelection.ts`). */
			template: 'final_decision';
			params: {
				name: string;
				reference: string;
				title: string;
				call: string;
				decision: string;
				reason: string;
				url: string;
			};
	  }
	| {
			/** Two projects merge: told to the holders of both (messages in `synergies.ts`). */
			template: 'synergy_merger';
			params: {
				name: string;
				/** The project that continues, and the one that joins it. */
				continuing: string;
				merged: string;
				call: string;
				url: string;
			};
	  };

export type RenderedEmail = { subject: string; text: string; html: string };

function escapeHtml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);
}

export function renderEmail(email: EmailTemplate, locale: Locale): RenderedEmail {
	const t = translator(locale);
	const p = email.params as Record<string, string>;
	const k = (suffix: string) => `email.${email.template}.${suffix}` as MessageKey;
	const subject = t(k('subject'), p);
	const greeting = p.name ? t('email.greeting', { name: p.name }) : t('email.greetingAnonymous');
	const body = t(k('body'), p);
	const action = t(k('action'), p);
	const url = p.url ?? p.loginUrl;
	const footer = t('email.footer');
	const text = [greeting, '', body, '', `${action} : ${url}`, '', footer].join('\n');
	const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 36rem;">
<p>${escapeHtml(greeting)}</p>
${body
	.split('\n\n')
	.map((para) => `<p>${escapeHtml(para)}</p>`)
	.join('\n')}
<p><a href="${escapeHtml(url)}" style="color: #000091;">${escapeHtml(action)}</a></p>
<p style="color: #555; font-size: 0.9em;">${escapeHtml(footer)}</p>
</body></html>`;
	return { subject, text, html };
}
