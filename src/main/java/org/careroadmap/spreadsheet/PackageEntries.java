package org.careroadmap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.util.XMLHelper;

/**
 * The parts of an uploaded package as zip entries, read without POI's object model: where the workbook part
 * is, its relationships, and a streaming XML reader over any one part. What {@link SheetScan} and
 * {@link SheetPruning} need to decide and remove sheets before POI opens the package.
 */
final class PackageEntries implements AutoCloseable {

    static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    /** A relationship of a part: its id, type (the URI's last segment, so strict and transitional agree) and target part. */
    record Relation(String id, String type, String target) {
    }

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();

    PackageEntries(byte[] bytes) throws IOException {
        this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
            entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
    }

    ZipFile zip() {
        return zip;
    }

    List<ZipArchiveEntry> all() {
        return List.copyOf(entries.values());
    }

    boolean has(String part) {
        return entries.containsKey(part.toLowerCase(Locale.ROOT));
    }

    InputStream open(String part) throws IOException {
        ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        return zip.getInputStream(entry);
    }

    /** The workbook part the package's root relationship names ({@code xl/workbook.xml} as Excel writes it). */
    String workbookPart() throws IOException, XMLStreamException {
        for (Relation r : relations("")) {
            if (r.type().equals("officeDocument")) {
                return r.target();
            }
        }
        throw new IOException("no office document");
    }

    /** The {@code _rels} part of a part ({@code ""} for the package root). */
    static String relsPart(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The internal relationships of a part, in document order. */
    List<Relation> relations(String part) throws IOException, XMLStreamException {
        List<Relation> relations = new ArrayList<>();
        try (InputStream in = open(relsPart(part))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                            && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        String type = xml.getAttributeValue(null, "Type");
                        relations.add(new Relation(xml.getAttributeValue(null, "Id"),
                                type == null ? "" : type.substring(type.lastIndexOf('/') + 1),
                                resolve(part, xml.getAttributeValue(null, "Target"))));
                    }
                }
            } finally {
                xml.close();
            }
        }
        return relations;
    }

    /** A target relative to its source part's folder (or absolute), as a zip entry name. */
    static String resolve(String sourcePart, String target) {
        String path = URI.create("/" + sourcePart).resolve(target.replace(" ", "%20")).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
