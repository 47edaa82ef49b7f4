-- setup: @app
-- expect: none
-- expect-traced: SG110
-- not: SG314
-- note: FINALIZE takes SHARE UPDATE EXCLUSIVE; here no detach is pending, so PostgreSQL refuses it.
ALTER TABLE measurements DETACH PARTITION m_2020 FINALIZE;
