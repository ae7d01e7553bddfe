package org.careroadmap.evaluation;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** A 日常生活圏域 as typed: code, name, description and the fiscal years it exists in; checks every field at once. */
public record AreaInput(String code, String name, String description, FiscalYear firstYear, @Nullable FiscalYear retiredFromYear) {

    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;

    public static AreaInput read(@Nullable String code, @Nullable String name, @Nullable String description,
                                 @Nullable String firstYear, @Nullable String retiredFromYear) {
        InputReader reader = new InputReader();
        String c = reader.read("code", code, text -> {
            String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
            if (s.isEmpty() || s.length() > MAX_CODE || !s.matches("[A-Za-z0-9_-]+")) {
                throw new InvalidValueException("evaluation.area.code.invalid", MAX_CODE);
            }
            return s;
        });
        String n = reader.read("name", name, text -> required(text, MAX_NAME, "evaluation.area.name.invalid"));
        String d = reader.read("description", description, text -> {
            String s = text == null ? "" : text.strip();
            if (s.length() > MAX_DESCRIPTION) {
                throw new InvalidValueException("evaluation.text.tooLong", MAX_DESCRIPTION);
            }
            return s;
        });
        FiscalYear first = reader.read("firstYear", firstYear, FiscalYear::parse);
        FiscalYear retired = retiredFromYear == null || retiredFromYear.isBlank() ? null
                : reader.read("retiredFromYear", retiredFromYear, FiscalYear::parse);
        if (first != null && retired != null && !retired.isAfter(first)) {
            reader.reject("retiredFromYear", "evaluation.area.retired.beforeFirst");
        }
        return new AreaInput(reader.valid(c), reader.valid(n), reader.valid(d), reader.valid(first), retired);
    }

    private static String required(String text, int max, String key) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() > max) {
            throw new InvalidValueException(key, max);
        }
        return s;
    }
}
