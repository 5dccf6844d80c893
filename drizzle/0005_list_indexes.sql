DROP INDEX "applications_call_submitted_idx";--> statement-breakpoint
CREATE INDEX "applications_call_created_idx" ON "applications" USING btree ("call_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "applications_call_submitted_idx" ON "applications" USING btree ("call_id","submitted_at" DESC NULLS LAST,"id" DESC NULLS FIRST);