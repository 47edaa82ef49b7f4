-- expect: none
CREATE TYPE priority AS ENUM ('low', 'high');
ALTER TYPE priority RENAME VALUE 'high' TO 'urgent';
