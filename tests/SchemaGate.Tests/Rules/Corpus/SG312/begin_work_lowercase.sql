-- setup: @app
-- expect: SG312
-- expect-traced: SG110
begin work;
update alerts set note = 'x' where id = 1;
