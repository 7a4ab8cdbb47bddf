ALTER TABLE "grant_agreement" ADD COLUMN "terminated_on" date;--> statement-breakpoint
ALTER TABLE "grant_agreement" ADD COLUMN "termination_reason" text;--> statement-breakpoint
ALTER TABLE "grant_agreement" ADD COLUMN "terminated_by" uuid;--> statement-breakpoint
ALTER TABLE "grant_agreement" ADD CONSTRAINT "grant_agreement_terminated_by_app_user_id_fk" FOREIGN KEY ("terminated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;