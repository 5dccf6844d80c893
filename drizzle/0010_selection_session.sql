CREATE TABLE "canvas_annotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "canvas_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canvas_versions_application_number_key" UNIQUE("application_id","number")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid,
	"email" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"application_id" uuid,
	"token_hash" text,
	"invited_at" timestamp with time zone,
	"response" text DEFAULT 'pending' NOT NULL,
	"party_size" integer DEFAULT 1 NOT NULL,
	"response_note" text DEFAULT '' NOT NULL,
	"responded_at" timestamp with time zone,
	"attendance" text,
	"attendance_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_participants_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "event_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	"application_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text DEFAULT 'selection' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"video_url" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pitch_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"jury_member_id" uuid NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pitch_scores_application_member_key" UNIQUE("application_id","jury_member_id")
);
--> statement-breakpoint
CREATE TABLE "project_canvases" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "synergy_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"application_a" uuid NOT NULL,
	"application_b" uuid NOT NULL,
	"kind" text NOT NULL,
	"score" double precision DEFAULT 0 NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" text NOT NULL,
	"continuing_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synergy_links_pair_key" UNIQUE("application_a","application_b")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "pitch_grid" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "review_weight" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "pitch_weight" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "retention_target" integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "canvas_annotations" ADD CONSTRAINT "canvas_annotations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_annotations" ADD CONSTRAINT "canvas_annotations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_versions" ADD CONSTRAINT "canvas_versions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_versions" ADD CONSTRAINT "canvas_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slots" ADD CONSTRAINT "event_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slots" ADD CONSTRAINT "event_slots_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pitch_scores" ADD CONSTRAINT "pitch_scores_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pitch_scores" ADD CONSTRAINT "pitch_scores_jury_member_id_jury_members_id_fk" FOREIGN KEY ("jury_member_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_canvases" ADD CONSTRAINT "project_canvases_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synergy_links" ADD CONSTRAINT "synergy_links_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synergy_links" ADD CONSTRAINT "synergy_links_application_a_applications_id_fk" FOREIGN KEY ("application_a") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synergy_links" ADD CONSTRAINT "synergy_links_application_b_applications_id_fk" FOREIGN KEY ("application_b") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synergy_links" ADD CONSTRAINT "synergy_links_continuing_id_applications_id_fk" FOREIGN KEY ("continuing_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synergy_links" ADD CONSTRAINT "synergy_links_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "canvas_annotations_application_idx" ON "canvas_annotations" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_participants_event_email_key" ON "event_participants" USING btree ("event_id",lower("email"));--> statement-breakpoint
CREATE INDEX "event_participants_user_idx" ON "event_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_participants_application_idx" ON "event_participants" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "event_slots_event_idx" ON "event_slots" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_slots_application_idx" ON "event_slots" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "events_cycle_idx" ON "events" USING btree ("cycle_id","starts_at");--> statement-breakpoint
CREATE INDEX "pitch_scores_member_idx" ON "pitch_scores" USING btree ("jury_member_id");--> statement-breakpoint
CREATE INDEX "synergy_links_call_idx" ON "synergy_links" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "synergy_links_b_idx" ON "synergy_links" USING btree ("application_b");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_merged_into_id_applications_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE FUNCTION "canvas_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'canvas versions are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "canvas_versions_no_update" BEFORE UPDATE ON "canvas_versions" FOR EACH ROW EXECUTE FUNCTION "canvas_versions_immutable"();
