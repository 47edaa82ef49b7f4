-- expect: SG210@2=public.mood
DROP TYPE IF EXISTS mood CASCADE;
