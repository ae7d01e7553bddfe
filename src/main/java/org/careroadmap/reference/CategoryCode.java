package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import java.text.Normalizer;

/**
 * The eight categories of Nagasaki's care-system evaluation indicators, which are the row
 * groups of every roadmap. The Japanese names are the sheet's own and must stay verbatim.
 */
public enum CategoryCode {
    A("医療", "Medical care"),
    B("介護", "Long-term care"),
    C("保健・予防", "Health and prevention"),
    D("住まい・住まい方", "Housing"),
    E("生活支援・見守り", "Daily-life support and watching over"),
    F("認知症・権利擁護", "Dementia and advocacy"),
    G("市町と関係者・団体のネットワーク（連携）", "Networks of the municipality and stakeholders"),
    H("地域共生社会の実現と住民参画", "Inclusive community and residents' participation");

    private final String nameJa;
    private final String nameEn;

    CategoryCode(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    /** {@code A 医療}, as the sheet heads the row group. */
    public String heading() {
        return name() + " " + nameJa;
    }

    /** Reads {@code A}, {@code ａ} or a heading such as {@code A 医療}. */
    public static CategoryCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("category.unknown", String.valueOf(text));
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase();
        char first = s.charAt(0);
        // A heading may follow the letter directly (A医療), but a second Latin letter (AB) is something else.
        if (first >= 'A' && first <= 'H' && (s.length() == 1 || !isLatinLetter(s.charAt(1)))) {
            return valueOf(String.valueOf(first));
        }
        throw new InvalidValueException("category.unknown", text.strip());
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
