-- expect: SG311@3=public.alerts SG109 SG314
-- expect-traced: SG110
VACUUM FULL alerts;
