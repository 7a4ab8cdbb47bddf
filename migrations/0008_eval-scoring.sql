CREATE TABLE "evaluation_form" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_assignment_id_evaluation_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."evaluation_assignment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_evaluator_id_evaluator_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_reopened_by_app_user_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_form_assignment_idx" ON "evaluation_form" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "evaluation_form_application_idx" ON "evaluation_form" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "evaluation_form_call_idx" ON "evaluation_form" USING btree ("call_id");