using SchemaGate.Tracing;

namespace SchemaGate.Tests.Tracing;

public sealed class UnfiredRowTriggersTests
{
    [Fact]
    public void A_PLpgSQL_body_yields_its_SQL_statements_without_the_block_words_around_them()
    {
        var body = """
            DECLARE n int;
            BEGIN
              DELETE FROM archive;
              IF NEW.level > 3 THEN UPDATE settings SET value = 0; ELSE TRUNCATE events; END IF;
              FOR r IN SELECT 1 LOOP INSERT INTO log VALUES (1); END LOOP;
              RETURN NEW;
            END
            """;

        Assert.Equal(
            ["DELETE FROM archive", "UPDATE settings SET value = 0", "TRUNCATE events", "INSERT INTO log VALUES (1)"],
            UnfiredRowTriggers.BodyStatements(body));
    }

    [Fact]
    public void A_SQL_function_body_is_its_statements_and_words_inside_expressions_are_not_statements()
    {
        Assert.Equal(["delete from archive where id = $1"], UnfiredRowTriggers.BodyStatements("delete from archive where id = $1"));
        Assert.Empty(UnfiredRowTriggers.BodyStatements("BEGIN PERFORM pg_notify('update', 'delete from x'); RETURN NEW; END"));
    }
}
