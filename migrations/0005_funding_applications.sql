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
ALTER TABLE "application" ADD COLUMN "activities" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "invited_name" text;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "invited_locale" text;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "invited_by" uuid;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "invite_token_hash" text;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "invite_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "declined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "application_partner" ADD COLUMN "de_minimis" jsonb;--> statement-breakpoint
ALTER TABLE "application_version" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "call" ADD COLUMN "partner_roles" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "call" ADD COLUMN "application_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "call" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_attachment" ADD CONSTRAINT "application_attachment_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_document" ADD CONSTRAINT "call_document_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_claim" ADD CONSTRAINT "organisation_claim_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_commitment" ADD CONSTRAINT "recipient_commitment_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sme_declaration" ADD CONSTRAINT "sme_declaration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sme_declaration" ADD CONSTRAINT "sme_declaration_declared_by_app_user_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_attachment_app_idx" ON "application_attachment" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "call_document_call_idx" ON "call_document" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "organisation_claim_status_idx" ON "organisation_claim" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_claim_open_idx" ON "organisation_claim" USING btree ("organisation_id","user_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "recipient_commitment_idx" ON "recipient_commitment" USING btree ("programme_id","organisation_id");--> statement-breakpoint
CREATE INDEX "sme_declaration_org_idx" ON "sme_declaration" USING btree ("organisation_id","declared_at");--> statement-breakpoint
ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_invited_by_app_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_partner_token_idx" ON "application_partner" USING btree ("invite_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "application_partner_org_unique" ON "application_partner" USING btree ("application_id","organisation_id") WHERE organisation_id is not null and status <> 'declined';--> statement-breakpoint
CREATE UNIQUE INDEX "application_version_key_idx" ON "application_version" USING btree ("application_id","idempotency_key");