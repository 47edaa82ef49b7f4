-- case: partitioned table created with partitions
-- from:
-- to:
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_at ON events (at);

-- case: partition added
-- from:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
-- to:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);

-- case: partition dropped
-- from:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
CREATE TABLE m_2 PARTITION OF m FOR VALUES FROM (100) TO (200);
-- to:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);

-- case: partition bound changed
-- from:
CREATE TABLE m (a int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:
CREATE TABLE m (a int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (200);

-- case: default partition
-- from:
CREATE TABLE m (a int NOT NULL) PARTITION BY LIST (a);
-- to:
CREATE TABLE m (a int NOT NULL) PARTITION BY LIST (a);
CREATE TABLE m_one PARTITION OF m FOR VALUES IN (1);
CREATE TABLE m_rest PARTITION OF m DEFAULT;

-- case: partition key changed
-- from:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY LIST (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES IN (1, 2, 3);

-- case: existing table attached as a partition
-- from:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_old (a int NOT NULL, b text);
-- to:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_old PARTITION OF m FOR VALUES FROM (0) TO (10);

-- case: partition detached
-- from:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:
CREATE TABLE m (a int NOT NULL, b text) PARTITION BY RANGE (a);
CREATE TABLE m_1 (a int NOT NULL, b text);

-- case: column added to a partitioned table
-- from:
CREATE TABLE m (a int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:
CREATE TABLE m (a int NOT NULL, b text DEFAULT 'x') PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);

-- case: index on a partitioned table
-- from:
CREATE TABLE m (a int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:
CREATE TABLE m (a int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
CREATE INDEX m_a_idx ON m (a);

-- case: primary key on a partitioned table
-- from:
CREATE TABLE m (a int NOT NULL, b int) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:
CREATE TABLE m (a int NOT NULL, b int, PRIMARY KEY (a)) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);

-- case: sub-partitioned table
-- from:
-- to:
CREATE TABLE m (a int NOT NULL, b int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100) PARTITION BY LIST (b);
CREATE TABLE m_1_x PARTITION OF m_1 FOR VALUES IN (1);

-- case: partitioned table dropped with partitions
-- from:
CREATE TABLE m (a int NOT NULL) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (100);
-- to:

-- case: hash partitions
-- from:
-- to:
CREATE TABLE h (id int NOT NULL) PARTITION BY HASH (id);
CREATE TABLE h_0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE h_1 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 1);
