-- Every change to what verifies a Base URL call (an account's App ID, name, service, current or
-- previous token and its grace period; a service's name) NOTIFYs the processes that keep
-- credential rows in memory (lib/zapier-api/credential-cache.ts), whoever makes it: the console,
-- the delivery worker ending a grace period, or SQL typed by hand. The payload is the App ID,
-- or "*" for everything. lastUsedAt is not among the columns: touching it changes nothing here.
CREATE OR REPLACE FUNCTION "zapier_credentials_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Service' THEN
    PERFORM pg_notify('zapier_credentials', '*');
  ELSE
    PERFORM pg_notify('zapier_credentials', OLD."appId");
    IF TG_OP = 'UPDATE' AND NEW."appId" IS DISTINCT FROM OLD."appId" THEN
      PERFORM pg_notify('zapier_credentials', NEW."appId");
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ZapierAccount_credentials_changed"
  AFTER UPDATE OF "appId", "name", "serviceId", "tokenHash", "previousTokenHash", "previousTokenExpiresAt" OR DELETE ON "ZapierAccount"
  FOR EACH ROW EXECUTE FUNCTION "zapier_credentials_changed"();

CREATE TRIGGER "Service_credentials_changed"
  AFTER UPDATE OF "name" OR DELETE ON "Service"
  FOR EACH ROW EXECUTE FUNCTION "zapier_credentials_changed"();
