CREATE TABLE "payee_account" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"holder_name" text NOT NULL,
	"entered_by" uuid,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payee_account_organisation_id_unique" UNIQUE("organisation_id")
);
--> statement-breakpoint
CREATE TABLE "payment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"tranche_index" integer NOT NULL,
	"milestone" text NOT NULL,
	"label_es" text NOT NULL,
	"label_en" text NOT NULL,
	"basis_points" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"created_by" uuid,
	"due_at" timestamp with time zone,
	"made_due_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"paid_by" uuid,
	"paid_at" timestamp with time zone,
	"value_date" date,
	"bank_reference" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_account" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"holder_name" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"milestone" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"media_type" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "award_change" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"replaces_application_id" uuid,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_outcome" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"rank" integer,
	"reserve_position" integer,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_agreement" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"starts_on" date,
	"ends_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_agreement_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "selection_decision" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"record" jsonb NOT NULL,
	"record_hash" text NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	"frozen_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_letter" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"kind" text DEFAULT 'decision' NOT NULL,
	"locale" text NOT NULL,
	"mail_message_id" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consensus_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"rapporteur_id" uuid,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"minority_view" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"finalised_at" timestamp with time zone,
	"finalised_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_assignment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"origin" text DEFAULT 'computed' NOT NULL,
	"affinity" double precision,
	"coi_status" text DEFAULT 'pending' NOT NULL,
	"coi_declared_at" timestamp with time zone,
	"coi_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluator" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"organisation_name" text,
	"tax_id" text,
	"country" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"min_load" integer DEFAULT 0 NOT NULL,
	"max_load" integer DEFAULT 6 NOT NULL,
	"relations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"terms_accepted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluator_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
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
ALTER TABLE "payee_account" ADD CONSTRAINT "payee_account_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payee_account" ADD CONSTRAINT "payee_account_entered_by_app_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payee_account" ADD CONSTRAINT "payee_account_verified_by_app_user_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_agreement_id_grant_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."grant_agreement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_award_id_award_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."award"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_made_due_by_app_user_id_fk" FOREIGN KEY ("made_due_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_approved_by_app_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_paid_by_app_user_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_closed_by_app_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_account" ADD CONSTRAINT "programme_account_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_account" ADD CONSTRAINT "programme_account_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_agreement_id_grant_agreement_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."grant_agreement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_decision_id_selection_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."selection_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_replaces_application_id_application_id_fk" FOREIGN KEY ("replaces_application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_by_app_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_decision_id_selection_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."selection_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_outcome" ADD CONSTRAINT "decision_outcome_decision_id_selection_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."selection_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_outcome" ADD CONSTRAINT "decision_outcome_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_agreement" ADD CONSTRAINT "grant_agreement_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_agreement" ADD CONSTRAINT "grant_agreement_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_decision" ADD CONSTRAINT "selection_decision_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_decision" ADD CONSTRAINT "selection_decision_frozen_by_app_user_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_decision_id_selection_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."selection_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_mail_message_id_mail_message_id_fk" FOREIGN KEY ("mail_message_id") REFERENCES "public"."mail_message"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_report" ADD CONSTRAINT "consensus_report_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_report" ADD CONSTRAINT "consensus_report_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_report" ADD CONSTRAINT "consensus_report_rapporteur_id_evaluator_id_fk" FOREIGN KEY ("rapporteur_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_report" ADD CONSTRAINT "consensus_report_finalised_by_app_user_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignment" ADD CONSTRAINT "evaluation_assignment_evaluator_id_evaluator_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluator" ADD CONSTRAINT "evaluator_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluator" ADD CONSTRAINT "evaluator_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluator" ADD CONSTRAINT "evaluator_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_assignment_id_evaluation_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."evaluation_assignment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_evaluator_id_evaluator_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."evaluator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_reopened_by_app_user_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_tranche_idx" ON "payment" USING btree ("award_id","tranche_index");--> statement-breakpoint
CREATE INDEX "payment_programme_idx" ON "payment" USING btree ("programme_id","state");--> statement-breakpoint
CREATE INDEX "payment_agreement_idx" ON "payment" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "project_report_agreement_idx" ON "project_report" USING btree ("agreement_id","milestone");--> statement-breakpoint
CREATE INDEX "award_change_decision_idx" ON "award_change" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_recipient_idx" ON "award" USING btree ("application_id","organisation_id");--> statement-breakpoint
CREATE INDEX "award_programme_idx" ON "award" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_outcome_app_idx" ON "decision_outcome" USING btree ("decision_id","application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_decision_call_idx" ON "selection_decision" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_letter_recipient_idx" ON "award_letter" USING btree ("application_id","user_id","kind");--> statement-breakpoint
CREATE INDEX "award_letter_decision_idx" ON "award_letter" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consensus_report_application_idx" ON "consensus_report" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "consensus_report_call_idx" ON "consensus_report" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_assignment_pair_idx" ON "evaluation_assignment" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_assignment_evaluator_idx" ON "evaluation_assignment" USING btree ("evaluator_id","call_id");--> statement-breakpoint
CREATE INDEX "evaluation_assignment_call_idx" ON "evaluation_assignment" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_affinity_override_pair_idx" ON "evaluation_affinity_override" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_affinity_override_call_idx" ON "evaluation_affinity_override" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "evaluation_assignment_run_call_idx" ON "evaluation_assignment_run" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_conflict_pair_idx" ON "evaluation_conflict" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_conflict_call_idx" ON "evaluation_conflict" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_pair_rule_pair_idx" ON "evaluation_pair_rule" USING btree ("application_id","evaluator_id");--> statement-breakpoint
CREATE INDEX "evaluation_pair_rule_call_idx" ON "evaluation_pair_rule" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_form_assignment_idx" ON "evaluation_form" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "evaluation_form_application_idx" ON "evaluation_form" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "evaluation_form_call_idx" ON "evaluation_form" USING btree ("call_id");--> statement-breakpoint
ALTER TABLE "impact_measure" ADD CONSTRAINT "impact_measure_award_id_award_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."award"("id") ON DELETE no action ON UPDATE no action;