-- expect: none
CREATE TABLE m (id int, raised_at timestamptz);
CREATE INDEX ON m USING btree (id, (lower(raised_at::text)));
DROP INDEX m_id_expr_idx;
