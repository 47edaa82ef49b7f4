-- setup: @app
-- expect: SG303
-- expect-traced: SG110
ALTER TABLE measurements DETACH PARTITION m_2020 CONCURRENTLY;
