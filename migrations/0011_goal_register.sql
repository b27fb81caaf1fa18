CREATE TABLE "goal_assessments" (
	"goal_id" text NOT NULL,
	"period" text NOT NULL,
	"document_id" uuid NOT NULL,
	"assessment" text,
	"outcomes" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_assessments_goal_id_period_document_id_pk" PRIMARY KEY("goal_id","period","document_id")
);
--> statement-breakpoint
CREATE TABLE "goal_register" (
	"goal_id" text PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"level" text,
	"parent_goal_id" text,
	"parent_version" integer,
	"period_from" integer,
	"period_to" integer,
	"draft" jsonb,
	"in_force" jsonb,
	"version" integer,
	"unchanged_since" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_register_documents" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "follow_up_period" text;--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_register" ADD CONSTRAINT "goal_register_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_register_documents" ADD CONSTRAINT "goal_register_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_assessments_document_idx" ON "goal_assessments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "goal_register_document_idx" ON "goal_register" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "goal_register_parent_idx" ON "goal_register" USING btree ("parent_goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_follow_up_idx" ON "documents" USING btree ("organisation_id","body_id","follow_up_period") WHERE "documents"."follow_up_period" is not null and "documents"."archived_at" is null;