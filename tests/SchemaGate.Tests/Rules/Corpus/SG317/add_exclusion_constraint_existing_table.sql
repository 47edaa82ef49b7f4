-- setup: CREATE TABLE bookings (id bigint PRIMARY KEY, during tstzrange NOT NULL);
--   INSERT INTO bookings SELECT g, tstzrange(now() + g * interval '1 day', now() + g * interval '1 day' + interval '1 hour') FROM generate_series(1, 100) g;
-- expect: SG317=public.bookings.bookings_no_overlap
SET lock_timeout = '5s';
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&);
