-- setup: @app
-- expect: SG314
ALTER TABLE measurements DETACH PARTITION m_2020;
