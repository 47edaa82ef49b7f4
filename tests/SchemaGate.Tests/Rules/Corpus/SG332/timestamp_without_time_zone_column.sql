-- expect: SG332=public.logins.at
CREATE TABLE logins (id bigint PRIMARY KEY, at timestamp NOT NULL);
