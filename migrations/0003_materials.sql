CREATE TABLE "crm_capacity_figure" (
	"id" uuid PRIMARY KEY NOT NULL,
	"material_id" text NOT NULL,
	"scope" text NOT NULL,
	"organisation_id" uuid,
	"stage" text NOT NULL,
	"share" double precision,
	"tonnes" double precision,
	"country" text,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm_dataset" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"assessment_year" integer NOT NULL,
	"source" text NOT NULL,
	"licence" text NOT NULL,
	"attribution" text NOT NULL,
	"files" text[] DEFAULT '{}' NOT NULL,
	"scaling_sector" text,
	"import_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"revision" text NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm_end_use" (
	"dataset_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	"position" integer NOT NULL,
	"application" text NOT NULL,
	"share" double precision,
	"share_raw" text NOT NULL,
	"sector_code" text,
	"sector_name" text,
	"value_added_meur" double precision,
	"source_file" text NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "crm_end_use_dataset_id_material_id_position_pk" PRIMARY KEY("dataset_id","material_id","position")
);
--> statement-breakpoint
CREATE TABLE "crm_governance" (
	"dataset_id" uuid NOT NULL,
	"country" text NOT NULL,
	"wgi_scaled" double precision NOT NULL,
	"source" text NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_governance_dataset_id_country_pk" PRIMARY KEY("dataset_id","country")
);
--> statement-breakpoint
CREATE TABLE "crm_parameter" (
	"dataset_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	"parameter" text NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_parameter_dataset_id_material_id_parameter_pk" PRIMARY KEY("dataset_id","material_id","parameter")
);
--> statement-breakpoint
CREATE TABLE "crm_published_score" (
	"dataset_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	"year" integer NOT NULL,
	"sr" double precision,
	"ei" double precision,
	"source_file" text NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "crm_published_score_dataset_id_material_id_year_pk" PRIMARY KEY("dataset_id","material_id","year")
);
--> statement-breakpoint
CREATE TABLE "crm_scenario" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dataset_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"changes" jsonb NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm_sector" (
	"dataset_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"value_added_meur" double precision NOT NULL,
	CONSTRAINT "crm_sector_dataset_id_code_pk" PRIMARY KEY("dataset_id","code")
);
--> statement-breakpoint
CREATE TABLE "crm_supply_share" (
	"dataset_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	"list" text NOT NULL,
	"stage" text NOT NULL,
	"country" text NOT NULL,
	"share" double precision,
	"share_raw" text NOT NULL,
	"trade_t" double precision NOT NULL,
	"source_file" text,
	"source_line" integer,
	CONSTRAINT "crm_supply_share_dataset_id_material_id_list_stage_country_pk" PRIMARY KEY("dataset_id","material_id","list","stage","country")
);
--> statement-breakpoint
ALTER TABLE "crm_capacity_figure" ADD CONSTRAINT "crm_capacity_figure_material_id_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."material"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_capacity_figure" ADD CONSTRAINT "crm_capacity_figure_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_capacity_figure" ADD CONSTRAINT "crm_capacity_figure_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_dataset" ADD CONSTRAINT "crm_dataset_imported_by_app_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_end_use" ADD CONSTRAINT "crm_end_use_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_end_use" ADD CONSTRAINT "crm_end_use_material_id_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."material"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_governance" ADD CONSTRAINT "crm_governance_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_governance" ADD CONSTRAINT "crm_governance_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_parameter" ADD CONSTRAINT "crm_parameter_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_parameter" ADD CONSTRAINT "crm_parameter_material_id_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."material"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_parameter" ADD CONSTRAINT "crm_parameter_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_published_score" ADD CONSTRAINT "crm_published_score_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_published_score" ADD CONSTRAINT "crm_published_score_material_id_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."material"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_scenario" ADD CONSTRAINT "crm_scenario_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_scenario" ADD CONSTRAINT "crm_scenario_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_sector" ADD CONSTRAINT "crm_sector_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_supply_share" ADD CONSTRAINT "crm_supply_share_dataset_id_crm_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."crm_dataset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_supply_share" ADD CONSTRAINT "crm_supply_share_material_id_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."material"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crm_capacity_material_idx" ON "crm_capacity_figure" USING btree ("material_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_dataset_code_idx" ON "crm_dataset" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_dataset_current_idx" ON "crm_dataset" USING btree ("is_current") WHERE is_current;--> statement-breakpoint
CREATE INDEX "crm_scenario_dataset_idx" ON "crm_scenario" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "crm_supply_share_country_idx" ON "crm_supply_share" USING btree ("dataset_id","country");