ALTER TABLE "application" ADD COLUMN "team_women" integer;--> statement-breakpoint
ALTER TABLE "application" ADD COLUMN "team_men" integer;