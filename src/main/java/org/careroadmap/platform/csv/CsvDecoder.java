package org.careroadmap.platform.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to text as municipal PCs write CSV: UTF-8 with or without a BOM, else cp932 (Shift_JIS as Japanese
 * Excel saves it). UTF-8 is tried first because cp932 accepts many UTF-8 byte sequences as garbage; text with
 * control characters other than tab and line ends is refused, as that is a wrong guess or a binary file.
 */
final class CsvDecoder {

    static final Charset CP932 = Charset.forName("windows-31j");
    private static final int CONTROL_SCAN_LIMIT = 200_000;

    /** The text and the name of the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    private CsvDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        Decoded decoded = guess(bytes);
        if (decoded == null || hasControlCharacters(decoded.text())) {
            throw new CsvException(CsvException.Problem.ENCODING);
        }
        return decoded;
    }

    private static @Nullable Decoded guess(byte[] bytes) {
        if (startsWithBom(bytes)) {
            String text = strict(bytes, 3, StandardCharsets.UTF_8);
            return text == null ? null : new Decoded(text, "UTF-8 (BOM)");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String cp932 = strict(bytes, 0, CP932);
        return cp932 == null ? null : new Decoded(cp932, "Shift_JIS (cp932)");
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    private static @Nullable String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasControlCharacters(String text) {
        int limit = Math.min(text.length(), CONTROL_SCAN_LIMIT);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFD) {
                return true;
            }
        }
        return false;
    }
}
