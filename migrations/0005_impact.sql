CREATE TABLE "impact_analysis" (
	"id" uuid PRIMARY KEY NOT NULL,
	"measure_id" uuid NOT NULL,
	"model" text NOT NULL,
	"energy_meter_id" uuid NOT NULL,
	"production_meter_id" uuid,
	"temperature_meter_id" uuid,
	"baseline_start" date NOT NULL,
	"baseline_end" date NOT NULL,
	"reporting_start" date NOT NULL,
	"reporting_end" date NOT NULL,
	"options" jsonb NOT NULL,
	"status" text DEFAULT 'computed' NOT NULL,
	"verifiable" boolean NOT NULL,
	"savings_kwh" numeric,
	"savings_fraction" double precision,
	"co2e_kg" numeric,
	"result" jsonb NOT NULL,
	"computed_by" uuid,
	"computed_at" timestamp with time zone NOT NULL,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"verification_note" text
);
--> statement-breakpoint
CREATE TABLE "impact_emission_factor" (
	"id" uuid PRIMARY KEY NOT NULL,
	"carrier" text NOT NULL,
	"unit" text NOT NULL,
	"year" integer NOT NULL,
	"kg_co2e_per_unit" numeric NOT NULL,
	"kwh_per_unit" numeric NOT NULL,
	"source" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_measure" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"completed_date" date,
	"cost_cents" bigint,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"award_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_measure_meter" (
	"measure_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	CONSTRAINT "impact_measure_meter_measure_id_meter_id_pk" PRIMARY KEY("measure_id","meter_id")
);
--> statement-breakpoint
CREATE TABLE "impact_meter" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"carrier" text NOT NULL,
	"unit" text NOT NULL,
	"interval" text NOT NULL,
	"time_zone" text DEFAULT 'Europe/Madrid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_reading" (
	"meter_id" uuid NOT NULL,
	"start" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone,
	"value" numeric NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "impact_reading_meter_id_start_pk" PRIMARY KEY("meter_id","start")
);
--> statement-breakpoint
CREATE TABLE "impact_site_token" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "impact_site_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "impact_upload" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"sha256" text NOT NULL,
	"format" text NOT NULL,
	"size" bigint NOT NULL,
	"columns" jsonb NOT NULL,
	"preview" jsonb NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"mapping" jsonb,
	"stored" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_by" uuid,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "impact_analysis" ADD CONSTRAINT "impact_analysis_measure_id_impact_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."impact_measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_analysis" ADD CONSTRAINT "impact_analysis_energy_meter_id_impact_meter_id_fk" FOREIGN KEY ("energy_meter_id") REFERENCES "public"."impact_meter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_analysis" ADD CONSTRAINT "impact_analysis_production_meter_id_impact_meter_id_fk" FOREIGN KEY ("production_meter_id") REFERENCES "public"."impact_meter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_analysis" ADD CONSTRAINT "impact_analysis_temperature_meter_id_impact_meter_id_fk" FOREIGN KEY ("temperature_meter_id") REFERENCES "public"."impact_meter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_measure" ADD CONSTRAINT "impact_measure_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_measure" ADD CONSTRAINT "impact_measure_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_measure_meter" ADD CONSTRAINT "impact_measure_meter_measure_id_impact_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."impact_measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_measure_meter" ADD CONSTRAINT "impact_measure_meter_meter_id_impact_meter_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."impact_meter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_meter" ADD CONSTRAINT "impact_meter_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_meter" ADD CONSTRAINT "impact_meter_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_reading" ADD CONSTRAINT "impact_reading_meter_id_impact_meter_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."impact_meter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_site_token" ADD CONSTRAINT "impact_site_token_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_upload" ADD CONSTRAINT "impact_upload_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impact_analysis_measure_idx" ON "impact_analysis" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "impact_analysis_verified_idx" ON "impact_analysis" USING btree ("measure_id","verified_at") WHERE status = 'verified';--> statement-breakpoint
CREATE UNIQUE INDEX "impact_emission_factor_key_idx" ON "impact_emission_factor" USING btree ("carrier","unit","year");--> statement-breakpoint
CREATE INDEX "impact_measure_org_idx" ON "impact_measure" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "impact_measure_site_idx" ON "impact_measure" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "impact_measure_award_idx" ON "impact_measure" USING btree ("award_id");--> statement-breakpoint
CREATE INDEX "impact_measure_search_idx" ON "impact_measure" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "impact_measure_meter_meter_idx" ON "impact_measure_meter" USING btree ("meter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "impact_meter_site_code_idx" ON "impact_meter" USING btree ("site_id","code");--> statement-breakpoint
CREATE INDEX "impact_meter_org_idx" ON "impact_meter" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "impact_site_token_site_idx" ON "impact_site_token" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "impact_upload_site_idx" ON "impact_upload" USING btree ("site_id");