-- setup: @app
-- expect: SG206@3=public.alerts_archive
PREPARE wipe_archive AS DELETE FROM alerts_archive;
EXECUTE wipe_archive;
DEALLOCATE wipe_archive;
