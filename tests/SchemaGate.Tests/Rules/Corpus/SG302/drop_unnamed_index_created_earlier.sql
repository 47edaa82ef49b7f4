-- expect: none
CREATE TABLE m (id int, note text);
CREATE INDEX ON m USING btree (id, (lower(note)));
DROP INDEX m_id_lower_idx;
