-- expect: SG109
-- expect-traced: SG110
CREATE DATABASE reporting_copy;
