-- setup: @app
-- expect: SG201=public.alerts_archive
SET lock_timeout = '5s';
CREATE TABLE tmp_import (id bigint);
DROP TABLE tmp_import, alerts_archive;
