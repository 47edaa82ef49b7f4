-- expect: SG202 SG314
alter table "Public".alerts drop x;
