-- expect: SG333=public.flags.f
CREATE TABLE flags (f character, note text);
