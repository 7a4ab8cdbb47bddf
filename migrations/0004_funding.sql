CREATE TABLE "application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_reason" text,
	"instrument_id" text,
	"acronym" text,
	"title" text,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"trl" integer,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"eligibility" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "application_partner" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"organisation_id" uuid,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"requested_cents" bigint DEFAULT 0 NOT NULL,
	"invited_email" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"snapshot" jsonb NOT NULL,
	"snapshot_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_es" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_es" text,
	"summary_en" text,
	"text_es" text,
	"text_en" text,
	"opens_at" timestamp with time zone,
	"deadline_local" text,
	"deadline_zone" text,
	"deadline_at" timestamp with time zone,
	"budget_cents" bigint,
	"max_awards" integer,
	"activities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rules" jsonb DEFAULT '{"instruments":[]}'::jsonb NOT NULL,
	"ranking" jsonb,
	"payment_scheme" jsonb,
	"amount_rule" jsonb,
	"form" jsonb DEFAULT '{"sections":[]}'::jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"source" text NOT NULL,
	"grant_reference" text,
	"total_budget_cents" bigint NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"recipient_cap_cents" bigint DEFAULT 6000000 NOT NULL,
	"cap_justification" text,
	"fstp" boolean DEFAULT false NOT NULL,
	"de_minimis" boolean DEFAULT false NOT NULL,
	"envelopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"office_id" uuid,
	"starts_on" date,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_lead_organisation_id_organisation_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_version" ADD CONSTRAINT "application_version_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_version" ADD CONSTRAINT "application_version_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_call_idx" ON "application" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "application_lead_idx" ON "application" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "application_partner_app_idx" ON "application_partner" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_partner_org_idx" ON "application_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "application_version_unique" ON "application_version" USING btree ("application_id","version");--> statement-breakpoint
CREATE INDEX "call_programme_idx" ON "call" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "call_status_idx" ON "call" USING btree ("status");