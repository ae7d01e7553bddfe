package org.careroadmap.publication;

import java.io.ByteArrayOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A3 landscape PDF being drawn: its pages with their footers, the embedded Japanese font, and the
 * drawing primitives (text, wrapped lines, ruled cells). Page numbers are written by {@link #finish}
 * once the number of pages is known. What goes on a page is decided by {@link ChartPdf} and
 * {@link BookletPdf}. Not thread-safe: one instance per document.
 */
final class PdfCanvas {

    static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
    static final float MARGIN = 28;
    static final float TEXT = 8.5f;
    static final float LINE = 11;
    static final float PAD = 3;
    static final float FOOTER_HEIGHT = 20;

    private final PDDocument pdf = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final Map<Integer, Float> advances = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();

    PdfCanvas(PdfFont fontFile) {
        try {
            this.font = fontFile.embedIn(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new last page whose footer (left) says {@code footer}; an empty footer gives only the page number. */
    PDPage newPage(String footer) {
        PDPage page = new PDPage(A3_LANDSCAPE);
        pdf.addPage(page);
        pages.add(page);
        footers.add(footer);
        return page;
    }

    int pageCount() {
        return pages.size();
    }

    /** What a page section draws with: an open content stream added after what the page already has. */
    @FunctionalInterface
    interface Drawing {
        void on(PDPageContentStream s) throws IOException;
    }

    void draw(PDPage page, Drawing drawing) {
        try (PDPageContentStream s = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
            s.setLineWidth(0.5f);
            drawing.on(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every page's footer and "n / total", the title into the document information, and the bytes. */
    byte[] finish(String title) {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            String footer = footers.get(i);
            String number = (i + 1) + " / " + total;
            draw(pages.get(i), s -> {
                text(s, footer, MARGIN, MARGIN + 4, TEXT);
                text(s, number, A3_LANDSCAPE.getWidth() - MARGIN - width(number, TEXT), MARGIN + 4, TEXT);
            });
        }
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Care Roadmap");
        try (pdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void cell(PDPageContentStream s, float x, float y, float w, float h, boolean shaded) throws IOException {
        if (shaded) {
            s.setNonStrokingColor(0.93f, 0.93f, 0.93f);
            s.addRect(x, y, w, h);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        }
        s.addRect(x, y, w, h);
        s.stroke();
    }

    void lines(PDPageContentStream s, List<String> lines, float x, float firstBaseline) throws IOException {
        float y = firstBaseline;
        for (String line : lines) {
            text(s, line, x, y, TEXT);
            y -= LINE;
        }
    }

    void text(PDPageContentStream s, String text, float x, float y, float size) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(drawable(text));
        s.endText();
    }

    /**
     * Text wrapped to a width at {@link #TEXT} size, at any character (Japanese has no spaces to break at),
     * keeping the text's own line breaks. Widths are added up character by character, so a long 推進方策
     * costs one glyph lookup per character, not one measurement of the whole line per character.
     */
    List<String> wrap(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
            String p = drawable(paragraph);
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < p.length(); ) {
                int cp = p.codePointAt(i);
                float w = advance(cp) * TEXT;
                if (line.length() > 0 && lineWidth + w > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.appendCodePoint(cp);
                lineWidth += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    float width(String text, float size) {
        float units = 0;
        String drawable = drawable(text);
        for (int i = 0; i < drawable.length(); ) {
            int cp = drawable.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units * size;
    }

    /** A drawable character's advance width per point of font size. */
    private float advance(int cp) {
        return advances.computeIfAbsent(cp, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c))) / 1000;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text with characters the font has no glyph for replaced (a control character, an emoji), never failing. */
    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int cp) {
        return glyphs.computeIfAbsent(cp, c -> {
            if (Character.isISOControl(c)) {
                return false;
            }
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
