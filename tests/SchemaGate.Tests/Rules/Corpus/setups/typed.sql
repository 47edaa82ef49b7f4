-- A table with one column of each type the ALTER COLUMN ... TYPE cases change, holding rows in production.
CREATE TABLE docs (
    id bigint PRIMARY KEY,
    title varchar(50) NOT NULL,
    slug varchar(20),
    tag varchar,
    body text,
    price numeric(10,2),
    ratio numeric,
    qty int,
    small smallint,
    big bigint,
    code char(3),
    created timestamp,
    created_tz timestamptz,
    happened timestamp(3),
    span interval,
    net cidr,
    doc xml,
    flags varbit(8),
    meta json
);
CREATE DOMAIN short_text AS text;
CREATE DOMAIN nonempty_text AS text CHECK (VALUE <> '');
INSERT INTO docs SELECT g, 'title ' || g, 's' || g, 't' || g, 'body ' || g, g, g / 3.0, g, g, g, 'abc', now(), now(), now(),
    g * interval '1 minute', '10.0.0.0/8', '<a/>', B'1010', json_build_object('n', g) FROM generate_series(1, 300) g;
