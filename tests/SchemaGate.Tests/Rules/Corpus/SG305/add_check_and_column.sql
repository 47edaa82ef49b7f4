-- setup: @app
-- expect: SG305 SG314
ALTER TABLE alerts ADD COLUMN score int NOT NULL DEFAULT 0, ADD CONSTRAINT score_ok CHECK (score >= 0);
