CREATE TABLE "material" (
	"id" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_es" text NOT NULL,
	"symbol" text,
	"group" text NOT NULL,
	"strategic" text NOT NULL,
	"critical" boolean NOT NULL,
	"battery_chain" boolean DEFAULT false NOT NULL,
	"member_of" text,
	"source" text DEFAULT 'catalogue' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"legal_name" text NOT NULL,
	"trade_name" text,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"tax_id" text,
	"tax_id_kind" text,
	"website" text,
	"description_es" text,
	"description_en" text,
	"office_id" uuid,
	"nace_codes" text[] DEFAULT '{}' NOT NULL,
	"stages" text[] DEFAULT '{}' NOT NULL,
	"public_profile" boolean DEFAULT false NOT NULL,
	"membership_status" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_material" (
	"organisation_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	CONSTRAINT "organisation_material_organisation_id_material_id_pk" PRIMARY KEY("organisation_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "site" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"postcode" text,
	"city" text,
	"country" text NOT NULL,
	"province_code" text,
	"nuts_code" text,
	"is_headquarters" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_material" ADD CONSTRAINT "organisation_material_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_material" ADD CONSTRAINT "organisation_material_material_id_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."material"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site" ADD CONSTRAINT "site_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_tax_id_idx" ON "organisation" USING btree ("tax_id");--> statement-breakpoint
CREATE INDEX "organisation_office_idx" ON "organisation" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "site_org_idx" ON "site" USING btree ("organisation_id");