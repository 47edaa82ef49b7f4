-- expect: SG313@2=public.events.body
CREATE TABLE events (id int, body json);
