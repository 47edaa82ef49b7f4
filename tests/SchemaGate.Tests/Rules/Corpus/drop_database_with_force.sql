-- expect: SG204
drop database if exists "Legacy" with (force);
