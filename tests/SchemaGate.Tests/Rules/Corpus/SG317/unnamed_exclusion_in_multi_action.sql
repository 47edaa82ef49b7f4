-- setup: CREATE TABLE bookings (id bigint PRIMARY KEY, during tstzrange NOT NULL);
--   INSERT INTO bookings VALUES (1, tstzrange(now(), now() + interval '1 hour'));
-- expect: SG317=public.bookings
SET lock_timeout = '5s';
ALTER TABLE bookings ADD COLUMN note text, ADD EXCLUDE USING gist (during WITH &&);
