-- tokenPreview is the token's prefix and its last four characters, nothing between them.
UPDATE "ZapierAccount" SET "tokenPreview" = replace("tokenPreview", '…', '') WHERE "tokenPreview" LIKE '%…%';
