-- Keep feature_flags.updated_at honest whatever client changes a flag.
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.updated_at := now();  -- a semicolon inside the body must not split the statement
    RETURN NEW;
END;
$fn$;

CREATE TRIGGER feature_flags_touch
BEFORE UPDATE ON feature_flags
FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
