-- expect: SG109
-- expect-traced: SG110
ALTER SYSTEM SET work_mem = '64MB';
