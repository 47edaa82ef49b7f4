-- expect: none
DELETE FROM x USING y WHERE y.id = x.y_id;
