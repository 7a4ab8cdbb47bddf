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
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_decision_id_selection_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."selection_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_replaces_application_id_application_id_fk" FOREIGN KEY ("replaces_application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_change" ADD CONSTRAINT "award_change_by_app_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_decision_id_selection_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."selection_decision"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_mail_message_id_mail_message_id_fk" FOREIGN KEY ("mail_message_id") REFERENCES "public"."mail_message"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_letter" ADD CONSTRAINT "award_letter_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_change_decision_idx" ON "award_change" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_letter_recipient_idx" ON "award_letter" USING btree ("application_id","user_id","kind");--> statement-breakpoint
CREATE INDEX "award_letter_decision_idx" ON "award_letter" USING btree ("decision_id");