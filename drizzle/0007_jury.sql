CREATE TABLE "jury_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"token_hash" text,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_reviews" integer DEFAULT 0 NOT NULL,
	"max_reviews" integer DEFAULT 12 NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_members_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "review_bids" (
	"jury_member_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_bids_jury_member_id_application_id_pk" PRIMARY KEY("jury_member_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "review_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jury_member_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"source" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_conflicts_member_application_source_key" UNIQUE("jury_member_id","application_id","source")
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "evaluation_grid" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "reviews_per_application" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "blind_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "reviews_hidden_until_submitted" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "review_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "shortlist_target" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "jury_members" ADD CONSTRAINT "jury_members_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_members" ADD CONSTRAINT "jury_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_bids" ADD CONSTRAINT "review_bids_jury_member_id_jury_members_id_fk" FOREIGN KEY ("jury_member_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_bids" ADD CONSTRAINT "review_bids_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_conflicts" ADD CONSTRAINT "review_conflicts_jury_member_id_jury_members_id_fk" FOREIGN KEY ("jury_member_id") REFERENCES "public"."jury_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_conflicts" ADD CONSTRAINT "review_conflicts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_conflicts" ADD CONSTRAINT "review_conflicts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jury_members_call_email_key" ON "jury_members" USING btree ("call_id",lower("email"));--> statement-breakpoint
CREATE INDEX "jury_members_user_idx" ON "jury_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "review_bids_application_idx" ON "review_bids" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "review_conflicts_application_idx" ON "review_conflicts" USING btree ("application_id");