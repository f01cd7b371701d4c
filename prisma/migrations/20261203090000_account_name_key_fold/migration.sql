-- Account names are now compared after NFKC and full case folding (lib/zapier-accounts/name-rule.ts
-- nameKey). The old key was JavaScript's lower case of the NFC name, so folding it again here gives
-- the new key: NFKC, ß → ss, final sigma → σ, emoji presentation selectors dropped, ASCII lower case
-- for what NFKC produced (e.g. fullwidth or circled letters).
-- Existing accounts whose new keys collide keep their names: every one but the oldest gets its id
-- appended to the KEY (after U+0001, which no name may contain, so no new name can ever match it).
DROP INDEX "ZapierAccount_serviceId_nameKey_key";

WITH folded AS (
  SELECT id,
         lower(replace(replace(replace(replace(normalize("nameKey", NFKC), 'ß', 'ss'), 'ς', 'σ'), U&'\FE0F', ''), U&'\FE0E', '')) AS key,
         "serviceId",
         "createdAt"
  FROM "ZapierAccount"
), ranked AS (
  SELECT id, key, row_number() OVER (PARTITION BY "serviceId", key ORDER BY "createdAt", id) AS n FROM folded
)
UPDATE "ZapierAccount" AS a
SET "nameKey" = CASE WHEN r.n = 1 THEN r.key ELSE r.key || chr(1) || a.id END
FROM ranked AS r
WHERE a.id = r.id;

CREATE UNIQUE INDEX "ZapierAccount_serviceId_nameKey_key" ON "ZapierAccount"("serviceId", "nameKey");
