package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SqlText reads SQL with SQLite's token rules: statements' ends, sqlite3_complete, parameters by index. */
class SqlTextTest {
    @Test
    void aStatementEndsAtASemicolonOutsideQuotesAndComments() {
        String sql = "SELECT ';', \";\", [;], `;` -- ;\n /* ; */ FROM t; SELECT 2";
        assertEquals(sql.indexOf("t;") + 2, SqlText.statementEnd(sql, 0));
        assertEquals(-1, SqlText.statementEnd("SELECT 'it''s;'", 0));
    }

    @Test
    void aTriggerEndsAtTheSemicolonAfterEnd() {
        String trigger = "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = 1; DELETE FROM u; END;";
        assertEquals(trigger.length(), SqlText.statementEnd(trigger + " SELECT 1;", 0));
        assertFalse(SqlText.complete("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;"));
        assertTrue(SqlText.complete(trigger));
    }

    @Test
    void completeWantsAFinalSemicolon() {
        assertTrue(SqlText.complete("SELECT 1; -- done"));
        assertFalse(SqlText.complete("SELECT 1"));
        assertFalse(SqlText.complete("  -- nothing\n"));
        assertFalse(SqlText.complete("SELECT 'open;"));
    }

    @Test
    void aScriptSplitsIntoItsStatementsWithoutEmptyOnes() {
        assertEquals(List.of("CREATE TABLE t (x);", " INSERT INTO t VALUES (';');", " SELECT 1"),
                SqlText.statements("CREATE TABLE t (x); ; INSERT INTO t VALUES (';'); SELECT 1"));
    }

    @Test
    void parametersAreNumberedAsSqliteNumbersThem() {
        assertEquals(Arrays.asList(null, null), SqlText.parameterNames("SELECT ?, '?', ?"));
        assertEquals(Arrays.asList(":a", "@b", "$c"), SqlText.parameterNames("SELECT :a, @b, :a, $c"));
        assertEquals(Arrays.asList(null, "?2", null), SqlText.parameterNames("SELECT ?2, ?"));
    }

    @Test
    void theLeadingKeywordSkipsSpacesAndComments() {
        assertEquals("INSERT", SqlText.leadingKeyword("  -- c\n /* c */ insert INTO t VALUES (1)"));
        assertEquals("", SqlText.leadingKeyword("(SELECT 1)"));
    }
}
