-- expect: SG204@3=legacy SG109
-- expect-traced: SG110
DROP DATABASE IF EXISTS legacy;
