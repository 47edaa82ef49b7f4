-- expect: SG324
CREATE TABLE notes (id bigint PRIMARY KEY, "éééééééééééééééééééééééééééééééééé" text);
