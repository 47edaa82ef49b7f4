-- expect: SG204 SG109
-- expect-traced: SG110
drop database if exists "Legacy" with (force);
