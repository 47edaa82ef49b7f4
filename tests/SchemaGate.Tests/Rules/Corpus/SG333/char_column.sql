-- expect: SG333=public.countries.iso
CREATE TABLE countries (iso char(2) PRIMARY KEY, name text);
