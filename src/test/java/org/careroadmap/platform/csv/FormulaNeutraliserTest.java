package org.careroadmap.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaNeutraliserTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        for (String formula : new String[] {"=1+1", "+81", "-2", "-", "@SUM(A1)", "\t=x", "\r=x", "＝1", "＋1", "－1", "＠A"}) {
            assertThat(FormulaNeutraliser.looksLikeFormula(formula)).as(formula).isTrue();
            assertThat(FormulaNeutraliser.neutralised(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinaryTextAndNothingStayAsTheyAre() {
        assertThat(FormulaNeutraliser.neutralised("郷ノ浦")).isEqualTo("郷ノ浦");
        assertThat(FormulaNeutraliser.neutralised("1-2")).isEqualTo("1-2");
        assertThat(FormulaNeutraliser.neutralised("")).isEmpty();
        assertThat(FormulaNeutraliser.neutralised(null)).isEmpty();
        assertThat(FormulaNeutraliser.looksLikeFormula(null)).isFalse();
    }

    @Test
    void restoringUndoesOnlyTheGuardNotAnApostropheSomeoneTyped() {
        assertThat(FormulaNeutraliser.restored("'=1")).isEqualTo("=1");
        assertThat(FormulaNeutraliser.restored("'－1")).isEqualTo("－1");
        assertThat(FormulaNeutraliser.restored("'abc")).isEqualTo("'abc");
        assertThat(FormulaNeutraliser.restored("'")).isEqualTo("'");
        assertThat(FormulaNeutraliser.restored(null)).isNull();
    }
}
