-- setup: @app
-- setup: ALTER TABLE alerts ADD COLUMN price numeric, ADD COLUMN qty int;
-- expect: SG308 SG314
ALTER TABLE alerts ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;
