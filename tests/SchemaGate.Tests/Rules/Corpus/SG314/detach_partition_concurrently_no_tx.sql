-- setup: @app
-- expect: none
-- schemagate:no-transaction
ALTER TABLE measurements DETACH PARTITION m_2020 CONCURRENTLY;
