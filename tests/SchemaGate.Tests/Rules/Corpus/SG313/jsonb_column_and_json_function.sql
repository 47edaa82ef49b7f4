-- expect: none
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL DEFAULT json_build_object()::jsonb);
