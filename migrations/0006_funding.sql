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
	"activities" text[] DEFAULT '{}' NOT NULL,
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
CREATE TABLE "application_attachment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"name" text NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
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
	"invited_name" text,
	"invited_locale" text,
	"invited_by" uuid,
	"invite_token_hash" text,
	"invite_expires_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"de_minimis" jsonb,
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
	"snapshot_hash" text NOT NULL,
	"idempotency_key" text
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
	"partner_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"application_seq" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "call_document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"title" text NOT NULL,
	"language" text,
	"name" text NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_claim" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"message" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE "recipient_commitment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"source" text NOT NULL,
	"application_id" uuid,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sme_declaration" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"declared_by" uuid,
	"declared_at" timestamp with time zone NOT NULL,
	"latest_year" integer,
	"effective_class" text,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_lead_organisation_id_organisation_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_invited_by_app_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_version" ADD CONSTRAINT "application_version_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_version" ADD CONSTRAINT "application_version_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_document" ADD CONSTRAINT "call_document_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sme_declaration" ADD CONSTRAINT "sme_declaration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sme_declaration" ADD CONSTRAINT "sme_declaration_declared_by_app_user_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_call_idx" ON "application" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "application_lead_idx" ON "application" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "application_attachment_app_idx" ON "application_attachment" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_partner_app_idx" ON "application_partner" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_partner_org_idx" ON "application_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "application_partner_token_idx" ON "application_partner" USING btree ("invite_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "application_partner_org_unique" ON "application_partner" USING btree ("application_id","organisation_id") WHERE organisation_id is not null and status <> 'declined';--> statement-breakpoint
CREATE UNIQUE INDEX "application_version_unique" ON "application_version" USING btree ("application_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "application_version_key_idx" ON "application_version" USING btree ("application_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "call_programme_idx" ON "call" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "call_status_idx" ON "call" USING btree ("status");--> statement-breakpoint
CREATE INDEX "call_document_call_idx" ON "call_document" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "organisation_claim_status_idx" ON "organisation_claim" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_claim_open_idx" ON "organisation_claim" USING btree ("organisation_id","user_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "recipient_commitment_idx" ON "recipient_commitment" USING btree ("programme_id","organisation_id");--> statement-breakpoint
CREATE INDEX "sme_declaration_org_idx" ON "sme_declaration" USING btree ("organisation_id","declared_at");