CREATE TYPE "public"."workshop_type" AS ENUM('omvarldsdag', 'budgetdag', 'resultatdialog', 'egen');--> statement-breakpoint
CREATE TABLE "guest_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"secret_hash" "bytea" NOT NULL,
	"workshop_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "join_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"user_id" uuid,
	"guest_name" text,
	"group_id" uuid,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "workshop_participants_member_or_guest" CHECK (("workshop_participants"."user_id" is null) <> ("workshop_participants"."guest_name" is null))
);
--> statement-breakpoint
CREATE TABLE "workshop_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"card_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" "workshop_type" NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"join_code" text NOT NULL,
	"layout" jsonb NOT NULL,
	"phases" jsonb NOT NULL,
	"vote_rules" jsonb NOT NULL,
	"compiles_to" "document_type" NOT NULL,
	"current_phase_id" text,
	"timer_ends_at" timestamp with time zone,
	"votes_revealed" boolean DEFAULT false NOT NULL,
	"locked_group_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "guest_sessions" ADD CONSTRAINT "guest_sessions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_sessions" ADD CONSTRAINT "guest_sessions_participant_id_workshop_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."workshop_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_groups" ADD CONSTRAINT "workshop_groups_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_group_id_workshop_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."workshop_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_votes" ADD CONSTRAINT "workshop_votes_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_votes" ADD CONSTRAINT "workshop_votes_participant_id_workshop_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."workshop_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_sessions_participant_idx" ON "guest_sessions" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "join_failures_key_idx" ON "join_failures" USING btree ("key","created_at");--> statement-breakpoint
CREATE INDEX "workshop_groups_workshop_idx" ON "workshop_groups" USING btree ("workshop_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_participants_member_idx" ON "workshop_participants" USING btree ("workshop_id","user_id");--> statement-breakpoint
CREATE INDEX "workshop_participants_group_idx" ON "workshop_participants" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "workshop_votes_participant_idx" ON "workshop_votes" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "workshop_votes_workshop_idx" ON "workshop_votes" USING btree ("workshop_id","card_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workshops_join_code_idx" ON "workshops" USING btree ("join_code");--> statement-breakpoint
CREATE INDEX "workshops_organisation_idx" ON "workshops" USING btree ("organisation_id","date");