package org.careroadmap.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords are refused, after NIST SP 800-63B (5.1.1.2): length (at least 12 characters, at most 128; spaces
 * and any character allowed), no composition rules, but a blocklist — passwords common in breaches, repetitive or
 * sequential ones (twelve spaces, {@code aaaaaaaaaaaa}, {@code 123456789012}), and words of the context: the user
 * name, the product, the municipality and prefecture. Words are compared after NFKC folding, lower case and without
 * spaces and punctuation, so {@code Ｉｋｉ-City} still contains {@code ikicity}.
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;
    /** Below this many different characters a password is a repetition, whatever its length. */
    static final int MIN_DISTINCT = 5;

    /** Frequent in breach corpora and long enough to pass the length rule (normalised as {@link #fold}). */
    static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456", "123456789012",
            "1234567890123", "12345678901234", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "1q2w3e4r5t6y",
            "1qaz2wsx3edc", "iloveyou1234", "passw0rd1234", "abcdefghijkl", "abcd1234abcd", "letmein12345",
            "welcome12345", "administrator", "administrator1", "changeme1234", "trustno11234", "qazwsxedcrfv",
            "zaq12wsxcde3", "football1234", "baseball1234", "sunshine1234", "monkey123456", "dragon123456",
            "master123456", "princess1234", "starwars1234", "asdfghjkl123", "asdfghjkl;12", "superman1234",
            "pokemon12345", "p@ssw0rd1234", "passwordpassword", "aaaaaaaaaaaa", "000000000000", "111111111111",
            "987654321098", "0987654321qw", "password0000", "temppassword", "defaultpassword");

    /** The product's own names: the first words anyone tries. */
    static final List<String> PRODUCT = List.of("careroadmap", "roadmap", "ロードマップ", "地域包括ケア", "地域包括", "推進ロードマップ");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty if it is acceptable. */
    static Optional<String> problem(String password, String username, Collection<String> contextWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            return Optional.of("account.password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX) {
            return Optional.of("account.password.tooLong");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("account.password.sameAsUsername");
        }
        String folded = fold(password);
        if (password.codePoints().distinct().count() < MIN_DISTINCT || sequential(folded)) {
            return Optional.of("account.password.repetitive");
        }
        if (COMMON.contains(folded) || COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.common");
        }
        List<String> words = new ArrayList<>(PRODUCT);
        if (username != null) {
            words.add(username);
            words.addAll(List.of(username.split("[._\\-]")));
        }
        words.addAll(contextWords);
        for (String word : words) {
            String w = fold(word == null ? "" : word);
            boolean ascii = w.chars().allMatch(c -> c < 128);
            if (w.length() >= (ascii ? 4 : 2) && folded.contains(w)) {
                return Optional.of("account.password.context");
            }
        }
        return Optional.empty();
    }

    /** NFKC, lower case, without spaces and punctuation. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}ー・]", "");
    }

    /** Runs up or down the keyboard of code points: {@code 123456789012}, {@code abcdefghijkl}, {@code 987654321098}. */
    private static boolean sequential(String folded) {
        int[] c = folded.codePoints().toArray();
        if (c.length < MIN) {
            return false;
        }
        int steps = 0;
        for (int i = 1; i < c.length; i++) {
            int d = Math.abs(c[i] - c[i - 1]);
            if (d == 1 || d == 9) { // 9: the wrap from 9 to 0 (or 0 to 9)
                steps++;
            }
        }
        return steps >= c.length - 2;
    }

    /** Names of the places an account belongs to, split where people split them. */
    static List<String> placeWords(String... names) {
        List<String> words = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            words.add(name);
            String stem = name.replaceAll("[市町村県府都道]$", "");
            if (!stem.equals(name)) {
                words.add(stem);
            }
            for (String part : name.split("\\s+")) {
                String p = part.toLowerCase(Locale.ROOT);
                if (!Set.of("city", "town", "village", "prefecture").contains(p)) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
