CREATE TABLE "evaluation_affinity_override" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"affinity" double precision NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_assignment_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"options" jsonb NOT NULL,
	"result" jsonb,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "evaluation_conflict" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_pair_rule" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_affinity_override" ADD CONSTRAINT "evaluation_affinity_override_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_affinity_override" ADD CONSTRAINT "evaluation_affinity_override_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_affinity_override" ADD CONSTRAINT "evaluation_affinity_override_evaluator_id_evaluator_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_affinity_override" ADD CONSTRAINT "evaluation_affinity_override_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment_run" ADD CONSTRAINT "evaluation_assignment_run_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment_run" ADD CONSTRAINT "evaluation_assignment_run_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment_run" ADD CONSTRAINT "evaluation_assignment_run_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflict" ADD CONSTRAINT "evaluation_conflict_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflict" ADD CONSTRAINT "evaluation_conflict_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflict" ADD CONSTRAINT "evaluation_conflict_evaluator_id_evaluator_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflict" ADD CONSTRAINT "evaluation_conflict_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_pair_rule" ADD CONSTRAINT "evaluation_pair_rule_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_pair_rule" ADD CONSTRAINT "evaluation_pair_rule_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_pair_rule" ADD CONSTRAINT "evaluation_pair_rule_evaluator_id_evaluator_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_pair_rule" ADD CONSTRAINT "evaluation_pair_rule_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_affinity_override_pair_idx" ON "evaluation_affinity_override" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_affinity_override_call_idx" ON "evaluation_affinity_override" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "evaluation_assignment_run_call_idx" ON "evaluation_assignment_run" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_conflict_pair_idx" ON "evaluation_conflict" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_conflict_call_idx" ON "evaluation_conflict" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_pair_rule_pair_idx" ON "evaluation_pair_rule" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_pair_rule_call_idx" ON "evaluation_pair_rule" USING btree ("call_id");