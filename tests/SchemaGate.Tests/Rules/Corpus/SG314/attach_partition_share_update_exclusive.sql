-- setup: @app
-- expect: none
ALTER TABLE measurements ATTACH PARTITION m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
