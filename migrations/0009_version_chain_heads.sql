-- Versions locked before this migration were hashed by scheme 1 (without html and plain_text); new rows
-- must name their scheme, so the default exists only while the column is added.
ALTER TABLE "document_versions" ADD COLUMN "hash_scheme" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ALTER COLUMN "hash_scheme" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "version_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "version_head" text;--> statement-breakpoint
-- Record each document's chain as it stands now; from here on every lock writes them with its version.
UPDATE "documents" SET "version_count" = "chains"."count", "version_head" = "chains"."head"
FROM (
  SELECT "document_id", count(*)::integer AS "count", (array_agg("hash" ORDER BY "number" DESC))[1] AS "head"
  FROM "document_versions" GROUP BY "document_id"
) AS "chains"
WHERE "documents"."id" = "chains"."document_id";
