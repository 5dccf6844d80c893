DROP INDEX "applications_search_idx";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('french'::regconfig, search_text)) STORED;--> statement-breakpoint
CREATE INDEX "applications_call_submitted_idx" ON "applications" USING btree ("call_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_search_idx" ON "applications" USING gin ("search_vector");