-- setup: @app
-- expect: none
-- not: SG314
-- schemagate:no-transaction
ALTER TABLE measurements DETACH PARTITION m_2025 CONCURRENTLY;
