CREATE TABLE "contact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" text,
	"role" text DEFAULT 'other' NOT NULL,
	"email" text,
	"phone" text,
	"locale" text DEFAULT 'es' NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_consent" (
	"id" uuid PRIMARY KEY NOT NULL,
	"contact_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"given_on" date NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fee_reminder" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fee_id" uuid NOT NULL,
	"contact_id" uuid,
	"mail_id" uuid,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"tier" text,
	"effective_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_fee" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reference" text NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"paid_on" date,
	"status" text DEFAULT 'issued' NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_relation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"holder_id" uuid NOT NULL,
	"held_id" uuid NOT NULL,
	"capital_pct" numeric(6, 3) NOT NULL,
	"voting_pct" numeric(6, 3) NOT NULL,
	"control" boolean DEFAULT false NOT NULL,
	"qualifying_investor" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_relation_distinct" CHECK ("organisation_relation"."holder_id" <> "organisation_relation"."held_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_user" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'editor' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_user_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_year" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"awu" numeric(12, 2) NOT NULL,
	"turnover_cents" bigint NOT NULL,
	"balance_sheet_cents" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_year_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "sme_assessment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	"latest_year" integer,
	"effective_class" text,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL
);
--> statement-breakpoint
DROP INDEX "organisation_tax_id_idx";--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "membership_tier" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "annual_fee_cents" bigint;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "member_since" date;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "public_body_control" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "sme_class" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "sme_year" integer;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "keywords" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "material_ids" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "province_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "region_codes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "contact" ADD CONSTRAINT "contact_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_consent" ADD CONSTRAINT "contact_consent_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_reminder" ADD CONSTRAINT "fee_reminder_fee_id_membership_fee_id_fk" FOREIGN KEY ("fee_id") REFERENCES "public"."membership_fee"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_reminder" ADD CONSTRAINT "fee_reminder_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_event" ADD CONSTRAINT "membership_event_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fee" ADD CONSTRAINT "membership_fee_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relation" ADD CONSTRAINT "organisation_relation_holder_id_organisation_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relation" ADD CONSTRAINT "organisation_relation_held_id_organisation_id_fk" FOREIGN KEY ("held_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_user" ADD CONSTRAINT "organisation_user_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_user" ADD CONSTRAINT "organisation_user_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_year" ADD CONSTRAINT "organisation_year_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sme_assessment" ADD CONSTRAINT "sme_assessment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_org_idx" ON "contact" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "contact_consent_contact_idx" ON "contact_consent" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "fee_reminder_fee_idx" ON "fee_reminder" USING btree ("fee_id","sent_at");--> statement-breakpoint
CREATE INDEX "membership_event_org_idx" ON "membership_event" USING btree ("organisation_id","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_fee_year_idx" ON "membership_fee" USING btree ("organisation_id","year") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "membership_fee_reference_idx" ON "membership_fee" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "membership_fee_due_idx" ON "membership_fee" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_relation_pair_idx" ON "organisation_relation" USING btree ("holder_id","held_id");--> statement-breakpoint
CREATE INDEX "organisation_relation_held_idx" ON "organisation_relation" USING btree ("held_id");--> statement-breakpoint
CREATE INDEX "organisation_user_user_idx" ON "organisation_user" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sme_assessment_org_idx" ON "sme_assessment" USING btree ("organisation_id","assessed_at");--> statement-breakpoint
CREATE INDEX "organisation_search_trgm_idx" ON "organisation" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_keywords_trgm_idx" ON "organisation" USING gin ("keywords" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_stages_idx" ON "organisation" USING gin ("stages");--> statement-breakpoint
CREATE INDEX "organisation_materials_idx" ON "organisation" USING gin ("material_ids");--> statement-breakpoint
CREATE INDEX "organisation_provinces_idx" ON "organisation" USING gin ("province_codes");--> statement-breakpoint
CREATE INDEX "organisation_regions_idx" ON "organisation" USING gin ("region_codes");--> statement-breakpoint
CREATE INDEX "organisation_status_idx" ON "organisation" USING btree ("membership_status");--> statement-breakpoint
CREATE INDEX "organisation_public_idx" ON "organisation" USING btree ("public_profile");--> statement-breakpoint
CREATE INDEX "organisation_name_idx" ON "organisation" USING btree ("legal_name");--> statement-breakpoint
CREATE INDEX "organisation_material_material_idx" ON "organisation_material" USING btree ("material_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_tax_id_idx" ON "organisation" USING btree ("tax_id");