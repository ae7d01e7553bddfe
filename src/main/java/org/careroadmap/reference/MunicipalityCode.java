package org.careroadmap.reference;

import org.careroadmap.platform.InvalidValueException;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * 全国地方公共団体コード: two digits of prefecture, three of municipality and a check digit
 * computed from the first five with weights 6,5,4,3,2 modulo 11 (壱岐市 is 422100).
 */
public record MunicipalityCode(String value) {

    public MunicipalityCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw new InvalidValueException("municipalityCode.format", value);
        }
        if (checkDigit(value.substring(0, 5)) != value.charAt(5) - '0') {
            throw new InvalidValueException("municipalityCode.checkDigit", value);
        }
    }

    /** Accepts full-width digits and surrounding spaces, as people paste them. */
    public static MunicipalityCode parse(@Nullable String text) {
        if (text == null) {
            throw new InvalidValueException("municipalityCode.format", "");
        }
        return new MunicipalityCode(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    }

    /** The check digit for five leading digits: 11 minus the weighted sum modulo 11, last digit only. */
    static int checkDigit(String firstFive) {
        int[] weights = {6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (firstFive.charAt(i) - '0') * weights[i];
        }
        return (11 - sum % 11) % 10;
    }

    public String prefectureCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
