/**
 * The one database schema of Transformateur. Migrations in `drizzle/` are generated from this file
 * with `npm run db:generate`; a test fails when the two drift apart.
 */
import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	customType,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** PostgreSQL's analysed text for full-text search; only ever written by the database. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const roleEnum = pgEnum('role', ['team', 'regional_partner', 'jury', 'expert', 'holder']);
export const localeEnum = pgEnum('locale', ['fr', 'en']);

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		name: text('name').notNull().default(''),
		passwordHash: text('password_hash'),
		emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
		locale: localeEnum('locale').notNull().default('fr'),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)]
);

export const programmes = pgTable('programmes', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	operators: text('operators').notNull().default(''),
	description: text('description').notNull().default(''),
	logoMime: text('logo_mime'),
	logo: bytea('logo'),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

/**
 * A role held by a person. `programmeId` null means the role holds on every programme of the
 * instance (a platform-wide programme team can create programmes). A regional partner's role
 * always names its region (INSEE code).
 */
export const roleAssignments = pgTable(
	'role_assignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'cascade' }),
		role: roleEnum('role').notNull(),
		regionCode: text('region_code'),
		/**
		 * For a regional partner's member: the partner organisation this grant comes from (one row
		 * per region of the partner, kept in step with the partner's regions). Null for a region
		 * granted by hand.
		 */
		partnerId: uuid('partner_id').references((): AnyPgColumn => partners.id, {
			onDelete: 'cascade'
		}),
		createdAt: createdAt()
	},
	(t) => [
		unique('role_assignments_unique')
			.on(t.userId, t.programmeId, t.role, t.regionCode, t.partnerId)
			.nullsNotDistinct(),
		index('role_assignments_user_idx').on(t.userId),
		index('role_assignments_partner_idx').on(t.partnerId)
	]
);

export const cycles = pgTable(
	'cycles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		unique('cycles_programme_name_key').on(t.programmeId, t.name),
		index('cycles_programme_idx').on(t.programmeId)
	]
);

export const phaseKindEnum = pgEnum('phase_kind', [
	'call_open',
	'call_closed',
	'shortlisting',
	'selection_session',
	'final_selection',
	'roadmap_session',
	'support_phase',
	'closing'
]);

/** A dated phase of a cycle's calendar. The current phase is derived from these dates. */
export const cyclePhases = pgTable(
	'cycle_phases',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		kind: phaseKindEnum('kind').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true })
	},
	(t) => [unique('cycle_phases_cycle_kind_key').on(t.cycleId, t.kind)]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie's token: a stolen database does not give working cookies. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		userAgent: text('user_agent').notNull().default(''),
		ipAddress: text('ip_address').notNull().default('')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const emailTokenPurposeEnum = pgEnum('email_token_purpose', [
	'verify_email',
	'magic_link',
	'reset_password'
]);

export const emailTokens = pgTable(
	'email_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: emailTokenPurposeEnum('purpose').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('email_tokens_user_idx').on(t.userId)]
);

export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		/** `null` means: everything the user's roles allow. */
		scopes: text('scopes').array(),
		createdAt: createdAt(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_tokens_user_idx').on(t.userId)]
);

/** Failed logins, counted per account and per address to rate-limit guessing. */
export const loginFailures = pgTable(
	'login_failures',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_failures_key_at_idx').on(t.key, t.at)]
);

export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

/** Every e-mail goes through this table first; a pg-boss job delivers it. */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		htmlBody: text('html_body').notNull(),
		template: text('template').notNull(),
		locale: localeEnum('locale').notNull(),
		status: outboxStatusEnum('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		/** Files sent with the message (`[{ filename, contentType, content }]`, text content). */
		attachments: jsonb('attachments')
			.notNull()
			.default(sql`'[]'::jsonb`),
		createdAt: createdAt(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('outbox_created_idx').on(t.createdAt)]
);

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Who acted, kept as text so the log stays readable when an account is deleted. */
		actorLabel: text('actor_label').notNull().default(''),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		programmeId: uuid('programme_id'),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		index('audit_log_entity_idx').on(t.entityType, t.entityId),
		index('audit_log_at_idx').on(t.at)
	]
);

/** Instance-wide settings and markers (e.g. whether the demo data was seeded). */
export const settings = pgTable('settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: updatedAt()
});

export const callStatusEnum = pgEnum('call_status', ['draft', 'published', 'closed', 'archived']);

/**
 * A call for projects (appel à projets) of a cycle. Its address (`slug`) is unique within its
 * programme. Published and closed calls are public; a call is open to applications while published
 * and between `opens_at` and `closes_at`.
 */
export const calls = pgTable(
	'calls',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		/** Public text, Markdown (rendered without raw HTML). */
		body: text('body').notNull().default(''),
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** Organisation types that may apply (see `ORGANISATION_TYPES`). */
		eligibleTypes: text('eligible_types')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** `[{ question, answer }]`. */
		faq: jsonb('faq')
			.notNull()
			.default(sql`'[]'::jsonb`),
		contactEmail: text('contact_email').notNull().default(''),
		contactText: text('contact_text').notNull().default(''),
		status: callStatusEnum('status').notNull().default('draft'),
		/** Eligibility rules evaluated at submission (see `applications/eligibility.ts`). */
		eligibilityRules: jsonb('eligibility_rules')
			.notNull()
			.default(sql`'[]'::jsonb`),
		/** Whether the jury may read the regional partners' opinions on this call's applications. */
		juryReadsRegionalOpinions: boolean('jury_reads_regional_opinions').notNull().default(false),
		/**
		 * The jury's evaluation grid: weighted criteria with their scale and guidance (see
		 * `review/grid.ts`); empty until the team sets it (the default grid is offered then).
		 */
		evaluationGrid: jsonb('evaluation_grid')
			.notNull()
			.default(sql`'[]'::jsonb`),
		/** How many reviewers each application needs. */
		reviewsPerApplication: integer('reviews_per_application').notNull().default(3),
		/** Reviewers do not see who applies (organisation, holders). */
		blindReview: boolean('blind_review').notNull().default(false),
		/** A reviewer reads the others' reviews of an application only once theirs is submitted. */
		reviewsHiddenUntilSubmitted: boolean('reviews_hidden_until_submitted').notNull().default(true),
		reviewDeadline: timestamp('review_deadline', { withTimezone: true }),
		/** How many applications the jury is to shortlist (about a dozen). */
		shortlistTarget: integer('shortlist_target').notNull().default(12),
		/**
		 * The second stage's grid, scored by the jury at the pitches of the selection session (same
		 * shape as `evaluation_grid`); empty until the team sets it.
		 */
		pitchGrid: jsonb('pitch_grid')
			.notNull()
			.default(sql`'[]'::jsonb`),
		/**
		 * The final consolidation's weighting, in percent: the first stage's calibrated score and the
		 * pitch score (they add up to 100).
		 */
		reviewWeight: integer('review_weight').notNull().default(50),
		pitchWeight: integer('pitch_weight').notNull().default(50),
		/** How many projects the final selection is to retain (three or four). */
		retentionTarget: integer('retention_target').notNull().default(4),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		unique('calls_programme_slug_key').on(t.programmeId, t.slug),
		index('calls_cycle_idx').on(t.cycleId),
		index('calls_status_closes_idx').on(t.status, t.closesAt)
	]
);

/**
 * The versions of a call's application form. The current form is the highest number; once an
 * application has been started on a version, a change makes a new one.
 */
export const formVersions = pgTable(
	'form_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		/** A `FormDefinition` (`calls/form/definition.ts`). */
		definition: jsonb('definition').notNull(),
		createdAt: createdAt()
	},
	(t) => [unique('form_versions_call_number_key').on(t.callId, t.number)]
);

export const programmeTermKindEnum = pgEnum('programme_term_kind', ['qvct_theme', 'typology']);

/**
 * A programme's editable lists: its QVCT themes and its project typology, offered as options by
 * the questions of those kinds. Archived terms stay readable in old answers but are no longer
 * offered.
 */
export const programmeTerms = pgTable(
	'programme_terms',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		kind: programmeTermKindEnum('kind').notNull(),
		/** Stable key stored in answers. */
		value: text('value').notNull(),
		labelFr: text('label_fr').notNull(),
		labelEn: text('label_en').notNull().default(''),
		position: integer('position').notNull().default(0),
		archived: boolean('archived').notNull().default(false)
	},
	(t) => [unique('programme_terms_programme_kind_value_key').on(t.programmeId, t.kind, t.value)]
);

/**
 * An applicant organisation, as the holders describe it. Its region is derived from its postal
 * code (INSEE code, null when it cannot be).
 */
export const organisations = pgTable('organisations', {
	id: uuid('id').primaryKey().defaultRandom(),
	legalName: text('legal_name').notNull(),
	type: text('type').notNull(),
	siret: text('siret'),
	headcountBand: text('headcount_band').notNull(),
	postalCode: text('postal_code').notNull(),
	regionCode: text('region_code'),
	website: text('website'),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

/**
 * The last reference number given per programme prefix and year (`TN-2026-0042`): incremented by
 * an upsert in the transaction that creates the application, so two drafts never share a number
 * (even two programmes whose names give the same prefix).
 */
export const applicationCounters = pgTable(
	'application_counters',
	{
		prefix: text('prefix').notNull(),
		year: integer('year').notNull(),
		last: integer('last').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.prefix, t.year] })]
);

/**
 * A project's application to a call (candidature), on the form version it answers. `revision`
 * counts the saves (optimistic concurrency: a save names the revision it started from).
 * `search_text` gathers the title, the text answers and the organisation's name for French
 * full-text search.
 */
export const applications = pgTable(
	'applications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		formVersionId: uuid('form_version_id')
			.notNull()
			.references(() => formVersions.id),
		organisationId: uuid('organisation_id').references(() => organisations.id, {
			onDelete: 'set null'
		}),
		reference: text('reference').notNull().unique(),
		title: text('title').notNull().default(''),
		/** An `ApplicationStatus` (`applications/status.ts`). */
		status: text('status').notNull().default('draft'),
		answers: jsonb('answers')
			.notNull()
			.default(sql`'{}'::jsonb`),
		revision: integer('revision').notNull().default(0),
		/** Eligibility findings "to review" found at submission. */
		flags: jsonb('flags')
			.notNull()
			.default(sql`'[]'::jsonb`),
		extensionUntil: timestamp('extension_until', { withTimezone: true }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		searchText: text('search_text').notNull().default(''),
		/**
		 * `search_text` analysed in French, computed by the database on every write: a search reads
		 * it instead of analysing every row again (which a common word would make slow).
		 */
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`to_tsvector('french'::regconfig, search_text)`
		),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		/**
		 * The regional partner the application is attributed to: the one whose invitation link
		 * started it (`sourcing` 'referral', with `referral_id`), or the one the applicant named
		 * (`sourcing` 'declared'). Stored on the application, so organisation edits never change it.
		 */
		partnerId: uuid('partner_id').references((): AnyPgColumn => partners.id, {
			onDelete: 'set null'
		}),
		sourcing: text('sourcing'),
		referralId: uuid('referral_id').references((): AnyPgColumn => referrals.id, {
			onDelete: 'set null'
		}),
		/**
		 * Set when this project merged into another (status `merged`): that one continues with both
		 * teams; this one's answers, history and attachments stay readable from it.
		 */
		mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => applications.id, {
			onDelete: 'set null'
		}),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		index('applications_call_status_idx').on(t.callId, t.status),
		index('applications_partner_idx').on(t.partnerId),
		// The pipeline's default order (newest submission first) and the API list's (newest
		// first): read in index order, so a page costs its 50 rows, not a sort of the whole call.
		index('applications_call_submitted_idx').on(
			t.callId,
			t.submittedAt.desc().nullsLast(),
			t.id.desc().nullsFirst()
		),
		index('applications_call_created_idx').on(
			t.callId,
			t.createdAt.desc().nullsFirst(),
			t.id.desc().nullsFirst()
		),
		// `fastupdate` off: each write updates the index at once, instead of queueing it in a
		// pending list that only a vacuum merges (PGlite has no autovacuum, and searches through a
		// long pending list are slow). Applications are written far less often than searched.
		index('applications_search_idx').using('gin', t.searchVector).with({ fastupdate: false })
	]
);

export const applicationMembers = pgTable(
	'application_members',
	{
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** 'owner' | 'coholder'. */
		role: text('role').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.applicationId, t.userId] }),
		index('application_members_user_idx').on(t.userId)
	]
);

export const applicationInvitations = pgTable(
	'application_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		/** SHA-256 of the link's token. */
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('application_invitations_application_idx').on(t.applicationId)]
);

/**
 * What was submitted, frozen: a trigger (migration `applications`) refuses any UPDATE or DELETE of
 * a row.
 */
export const applicationSnapshots = pgTable(
	'application_snapshots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
		formVersionId: uuid('form_version_id')
			.notNull()
			.references(() => formVersions.id),
		organisation: jsonb('organisation').notNull(),
		answers: jsonb('answers').notNull(),
		attachments: jsonb('attachments')
			.notNull()
			.default(sql`'[]'::jsonb`)
	},
	(t) => [index('application_snapshots_application_idx').on(t.applicationId)]
);

export const applicationTransitions = pgTable(
	'application_transitions',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		fromStatus: text('from_status').notNull(),
		toStatus: text('to_status').notNull(),
		reason: text('reason'),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('application_transitions_application_idx').on(t.applicationId, t.at)]
);

/** A file attached to an answer; the bytes live in the file storage, by content hash. */
export const attachments = pgTable(
	'attachments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		fileName: text('file_name').notNull(),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		deletedAt: timestamp('deleted_at', { withTimezone: true })
	},
	(t) => [index('attachments_application_idx').on(t.applicationId)]
);

/**
 * A regional partner organisation (an Aract, a regional delegation of the Anact) of a programme,
 * attached to one or more regions (INSEE codes). Its members hold the `regional_partner` role on
 * each of those regions through `role_assignments` rows that name the partner.
 */
export const partners = pgTable(
	'partners',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		regionCodes: text('region_codes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		contactEmail: text('contact_email').notNull().default(''),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [unique('partners_programme_name_key').on(t.programmeId, t.name)]
);

/**
 * An organisation a partner talks to before (or while) it applies. Personal data: readable only by
 * the partner's members and the programme team. `application_id` links the application it started
 * (through a referral link); its progress is read from there.
 */
export const prospects = pgTable(
	'prospects',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		/** The call the partner sources it for (the funnel counts it there). */
		callId: uuid('call_id').references(() => calls.id, { onDelete: 'set null' }),
		organisationName: text('organisation_name').notNull(),
		contactName: text('contact_name').notNull().default(''),
		email: text('email').notNull().default(''),
		phone: text('phone').notNull().default(''),
		notes: text('notes').notNull().default(''),
		/** How the partner met them: event, phone, email, meeting, network, website, other. */
		channel: text('channel').notNull(),
		regionCode: text('region_code').notNull(),
		/** An organisation type (`ORGANISATION_TYPES`), when known. */
		applicantType: text('applicant_type'),
		firstContactOn: date('first_contact_on', { mode: 'string' }).notNull(),
		nextStep: text('next_step').notNull().default(''),
		nextStepOn: date('next_step_on', { mode: 'string' }),
		applicationId: uuid('application_id').references((): AnyPgColumn => applications.id, {
			onDelete: 'set null'
		}),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		index('prospects_partner_idx').on(t.partnerId),
		index('prospects_call_idx').on(t.callId),
		index('prospects_application_idx').on(t.applicationId)
	]
);

/** One exchange with a prospect (the history of contacts). */
export const prospectContacts = pgTable(
	'prospect_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		prospectId: uuid('prospect_id')
			.notNull()
			.references(() => prospects.id, { onDelete: 'cascade' }),
		on: date('on', { mode: 'string' }).notNull(),
		channel: text('channel').notNull(),
		summary: text('summary').notNull(),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('prospect_contacts_prospect_idx').on(t.prospectId, t.on)]
);

/**
 * An invitation to apply sent by a partner to a prospect: a personal link (`/candidater/<token>`);
 * an application started from it is attributed to the partner.
 */
export const referrals = pgTable(
	'referrals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		prospectId: uuid('prospect_id')
			.notNull()
			.references(() => prospects.id, { onDelete: 'cascade' }),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		/** SHA-256 of the link's token. */
		tokenHash: text('token_hash').notNull().unique(),
		message: text('message').notNull().default(''),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		applicationId: uuid('application_id').references((): AnyPgColumn => applications.id, {
			onDelete: 'set null'
		}),
		sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		index('referrals_prospect_idx').on(t.prospectId),
		index('referrals_call_idx').on(t.callId)
	]
);

/**
 * A regional partner's opinion (avis régional) on an application: one per partner and application,
 * editable by the partner's members; read by the team and, when the call allows it, the jury.
 */
export const regionalOpinions = pgTable(
	'regional_opinions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		/** strong_support | support | reservations | against. */
		recommendation: text('recommendation').notNull(),
		text: text('text').notNull(),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [unique('regional_opinions_application_partner_key').on(t.applicationId, t.partnerId)]
);

/**
 * A member of a call's jury: invited by e-mail (the invitation's token hashed), the account once
 * they accept. Expertise tags name QVCT themes, typology terms (`theme:…`, `typology:…`) or free
 * skills (`skill:…`); loads bound the number of reviews they are assigned.
 */
export const juryMembers = pgTable(
	'jury_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		/** SHA-256 of the invitation link's token; null once accepted. */
		tokenHash: text('token_hash').unique(),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		expertise: text('expertise')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		minReviews: integer('min_reviews').notNull().default(0),
		maxReviews: integer('max_reviews').notNull().default(12),
		removedAt: timestamp('removed_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('jury_members_call_email_key').on(t.callId, sql`lower(${t.email})`),
		index('jury_members_user_idx').on(t.userId)
	]
);

/** A jury member's wish to review an application (before assignment): eager … conflict. */
export const reviewBids = pgTable(
	'review_bids',
	{
		juryMemberId: uuid('jury_member_id')
			.notNull()
			.references(() => juryMembers.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		/** eager | willing | rather_not (a conflict is a `review_conflicts` row). */
		level: text('level').notNull(),
		updatedAt: updatedAt()
	},
	(t) => [
		primaryKey({ columns: [t.juryMemberId, t.applicationId] }),
		index('review_bids_application_idx').on(t.applicationId)
	]
);

/**
 * A conflict of interest between a jury member and an application: declared by the member, set
 * by the team, or found automatically (same organisation or e-mail domain, a co-holder, the
 * regional partner that referred it). A conflicted pair never sees each other.
 */
export const reviewConflicts = pgTable(
	'review_conflicts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		juryMemberId: uuid('jury_member_id')
			.notNull()
			.references(() => juryMembers.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		/** declared | team | organisation | email_domain | holder | partner. */
		source: text('source').notNull(),
		reason: text('reason').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		unique('review_conflicts_member_application_source_key').on(
			t.juryMemberId,
			t.applicationId,
			t.source
		),
		index('review_conflicts_application_idx').on(t.applicationId)
	]
);

/**
 * A jury member assigned to review an application. `locked` pairs are kept by every re-run of the
 * assignment; `affinity` is the pair's score when it was assigned (for the team's preview).
 */
export const reviewAssignments = pgTable(
	'review_assignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		juryMemberId: uuid('jury_member_id')
			.notNull()
			.references(() => juryMembers.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		locked: boolean('locked').notNull().default(false),
		affinity: doublePrecision('affinity'),
		/** solver | manual. */
		source: text('source').notNull().default('solver'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		unique('review_assignments_member_application_key').on(t.juryMemberId, t.applicationId),
		index('review_assignments_call_idx').on(t.callId),
		index('review_assignments_application_idx').on(t.applicationId)
	]
);

/**
 * A jury member's review of an assigned application: a score and a comment per criterion of the
 * call's grid (`{ [criterionKey]: { score: number | null, comment: string } }`, null for « non
 * concerné »), a comment for the applicant and a private one for the jury. A draft until
 * submitted; `revision` counts the saves.
 */
export const reviews = pgTable('reviews', {
	id: uuid('id').primaryKey().defaultRandom(),
	assignmentId: uuid('assignment_id')
		.notNull()
		.unique()
		.references(() => reviewAssignments.id, { onDelete: 'cascade' }),
	scores: jsonb('scores')
		.notNull()
		.default(sql`'{}'::jsonb`),
	commentToApplicant: text('comment_to_applicant').notNull().default(''),
	privateComment: text('private_comment').notNull().default(''),
	/** draft | submitted. */
	status: text('status').notNull().default('draft'),
	revision: integer('revision').notNull().default(0),
	submittedAt: timestamp('submitted_at', { withTimezone: true }),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

/**
 * The jury's discussion of an application: messages by jurors who have submitted their review of
 * it and by the programme team.
 */
export const reviewDiscussions = pgTable(
	'review_discussions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('review_discussions_application_idx').on(t.applicationId, t.createdAt)]
);

/** Review deadline reminders already sent (one per jury member and call and kind). */
export const reviewReminders = pgTable(
	'review_reminders',
	{
		juryMemberId: uuid('jury_member_id')
			.notNull()
			.references(() => juryMembers.id, { onDelete: 'cascade' }),
		/** e.g. 'deadline_7d', 'deadline_1d'. */
		kind: text('kind').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.juryMemberId, t.kind] })]
);

/**
 * A session (event) of a cycle: the two-day selection session, the roadmap session, or another
 * gathering. Times are instants (shown in Europe/Paris). `ics_sequence` grows with every change
 * sent to the participants, so calendars update the event instead of adding a second one.
 */
export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		/** selection | roadmap | other. */
		kind: text('kind').notNull().default('selection'),
		title: text('title').notNull(),
		/** Markdown, rendered without raw HTML. */
		description: text('description').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		videoUrl: text('video_url').notNull().default(''),
		capacity: integer('capacity'),
		/** draft | published | cancelled. */
		status: text('status').notNull().default('draft'),
		icsSequence: integer('ics_sequence').notNull().default(0),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('events_cycle_idx').on(t.cycleId, t.startsAt)]
);

/** A slot of a session's agenda: plenary, workshop, a project's pitch (with its application), break. */
export const eventSlots = pgTable(
	'event_slots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		/** plenary | workshop | pitch | break. */
		kind: text('kind').notNull(),
		title: text('title').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		room: text('room').notNull().default(''),
		applicationId: uuid('application_id').references(() => applications.id, {
			onDelete: 'set null'
		}),
		createdAt: createdAt()
	},
	(t) => [
		index('event_slots_event_idx').on(t.eventId, t.startsAt),
		index('event_slots_application_idx').on(t.applicationId)
	]
);

/**
 * Someone invited to a session (convocation): a holder of a shortlisted project (with the
 * application), a jury member, an expert, a regional partner or the team. The invitation's reply
 * link carries a token (only its hash is kept). `response` pending | attending | declined, with how
 * many people come; `attendance` present | absent, recorded on the day.
 */
export const eventParticipants = pgTable(
	'event_participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		email: text('email').notNull(),
		name: text('name').notNull().default(''),
		/** holder | jury | expert | partner | team. */
		role: text('role').notNull(),
		applicationId: uuid('application_id').references(() => applications.id, {
			onDelete: 'set null'
		}),
		tokenHash: text('token_hash').unique(),
		invitedAt: timestamp('invited_at', { withTimezone: true }),
		response: text('response').notNull().default('pending'),
		partySize: integer('party_size').notNull().default(1),
		responseNote: text('response_note').notNull().default(''),
		respondedAt: timestamp('responded_at', { withTimezone: true }),
		attendance: text('attendance'),
		attendanceAt: timestamp('attendance_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('event_participants_event_email_key').on(t.eventId, sql`lower(${t.email})`),
		index('event_participants_user_idx').on(t.userId),
		index('event_participants_application_idx').on(t.applicationId)
	]
);

/**
 * A shortlisted project's canvas: its current version number and whether the team shares it with
 * the other participants of the selection session.
 */
export const projectCanvases = pgTable('project_canvases', {
	applicationId: uuid('application_id')
		.primaryKey()
		.references(() => applications.id, { onDelete: 'cascade' }),
	currentVersion: integer('current_version').notNull().default(0),
	shared: boolean('shared').notNull().default(false),
	updatedAt: updatedAt()
});

/**
 * Every saved version of a canvas, kept as it was: the database refuses to change one (trigger
 * `canvas_versions_immutable`, migration 0010). `content` maps the canvas's sections to their
 * text (`canvas/sections.ts`).
 */
export const canvasVersions = pgTable(
	'canvas_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		content: jsonb('content').notNull(),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [unique('canvas_versions_application_number_key').on(t.applicationId, t.number)]
);

/** A note of the team or an expert on a section of a canvas version. */
export const canvasAnnotations = pgTable(
	'canvas_annotations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		versionNumber: integer('version_number').notNull(),
		section: text('section').notNull(),
		body: text('body').notNull(),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('canvas_annotations_application_idx').on(t.applicationId, t.createdAt)]
);

/**
 * What the team made of a synergy between two projects of a call (`application_a` < `application_b`
 * by id): dismissed, a cooperation (both kept, linked), or a merger (`continuing_id` goes on with
 * both teams; the other gets status `merged`). The suggestion's kind, score and reasons are kept as
 * they were shown.
 */
export const synergyLinks = pgTable(
	'synergy_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		applicationA: uuid('application_a')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		applicationB: uuid('application_b')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		/** similar | complementary. */
		kind: text('kind').notNull(),
		score: doublePrecision('score').notNull().default(0),
		reasons: jsonb('reasons')
			.notNull()
			.default(sql`'[]'::jsonb`),
		/** dismissed | cooperation | merger. */
		decision: text('decision').notNull(),
		continuingId: uuid('continuing_id').references(() => applications.id, {
			onDelete: 'set null'
		}),
		note: text('note').notNull().default(''),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('synergy_links_pair_key').on(t.applicationA, t.applicationB),
		index('synergy_links_call_idx').on(t.callId),
		index('synergy_links_b_idx').on(t.applicationB)
	]
);

/**
 * A jury member's pitch scores for a shortlisted project, on the call's pitch grid
 * (`{ [criterionKey]: { score: number | null, comment: string, at: ISO time } }`, `at` the device's
 * time of the edit: offline edits sent later merge per criterion, the latest edit winning).
 */
export const pitchScores = pgTable(
	'pitch_scores',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		juryMemberId: uuid('jury_member_id')
			.notNull()
			.references(() => juryMembers.id, { onDelete: 'cascade' }),
		scores: jsonb('scores')
			.notNull()
			.default(sql`'{}'::jsonb`),
		comment: text('comment').notNull().default(''),
		revision: integer('revision').notNull().default(0),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		unique('pitch_scores_application_member_key').on(t.applicationId, t.juryMemberId),
		index('pitch_scores_member_idx').on(t.juryMemberId)
	]
);
