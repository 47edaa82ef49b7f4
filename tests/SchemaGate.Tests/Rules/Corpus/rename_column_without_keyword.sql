-- expect: SG310 SG314
ALTER TABLE alerts RENAME "Level" TO level;
