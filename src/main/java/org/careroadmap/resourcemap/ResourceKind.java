package org.careroadmap.resourcemap;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A kind of resource (病院, 訪問看護ステーション, 通いの場 …): national defaults, and kinds a prefecture adds.
 * {@code dataset} is the national open-data file it is exported in: {@code hospital}, {@code care_service}
 * or {@code other} (in neither).
 */
public record ResourceKind(String code, @Nullable String prefectureCode, String name, String nameEn, String dataset, int position) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
