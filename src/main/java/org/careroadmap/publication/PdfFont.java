package org.careroadmap.publication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese TrueType font's file, read from disk once per node and kept (issue 13: reading the
 * several-megabyte file for every PDF was a large part of its cost). PDFBox needs a fresh
 * {@link PDType0Font} per document (it records the glyphs used for the subset), so
 * {@link #embedIn} makes one from the kept bytes each time; the bytes are never written to, so one copy
 * serves every thread.
 */
record PdfFont(String name, byte[] bytes) {

    static PdfFont read(File file) {
        try {
            return new PdfFont(file.getName(), Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font embedIn(PDDocument pdf) throws IOException {
        return PDType0Font.load(pdf, new RandomAccessReadBuffer(bytes), true, false);
    }
}
