DROP INDEX "applications_search_idx";--> statement-breakpoint
CREATE INDEX "applications_search_idx" ON "applications" USING gin ("search_vector") WITH (fastupdate=false);