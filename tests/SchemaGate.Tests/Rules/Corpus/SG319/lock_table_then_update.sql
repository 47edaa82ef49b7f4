-- setup: @app
-- expect: SG319=public.settings SG314
-- expect-traced: SG315
LOCK TABLE settings;
UPDATE settings SET value = value * 2 WHERE key = 'a';
