-- expect: none
-- not: SG311
-- traced: skip PostgreSQL 15 wants the current database's name after SYSTEM, which a script cannot know
-- schemagate:no-transaction
REINDEX SYSTEM;
