package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.stream.XMLStreamException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A copy of the package that holds only the one sheet the import reads: the other sheets leave the workbook part's
 * {@code <sheets>}, its relationships and the package, and so do what points at them by position (defined names,
 * the calculation chain, the active tab). POI's object model then builds that sheet alone — with its drawing, so
 * drawn arrows are read as before. Other parts are copied as stored, without inflating them again.
 */
final class SheetPruning {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private SheetPruning() {
    }

    static byte[] keepOnly(byte[] bytes, SheetScan.ScannedSheet kept, List<SheetScan.ScannedSheet> all)
            throws IOException {
        try (PackageEntries entries = new PackageEntries(bytes)) {
            String workbook = entries.workbookPart();
            Set<String> removedIds = new HashSet<>();
            Set<String> removedParts = new HashSet<>();
            for (SheetScan.ScannedSheet sheet : all) {
                if (sheet != kept && sheet.part() != null) {
                    removedIds.add(sheet.relationId());
                    removedParts.add(sheet.part().toLowerCase(Locale.ROOT));
                    removedParts.add(PackageEntries.relsPart(sheet.part()).toLowerCase(Locale.ROOT));
                }
            }
            for (PackageEntries.Relation r : entries.relations(workbook)) {
                if (r.type().equals("calcChain")) {
                    removedIds.add(r.id());
                    removedParts.add(r.target().toLowerCase(Locale.ROOT));
                }
            }
            return rewrite(entries, workbook, removedIds, removedParts);
        } catch (XMLStreamException | SAXException | TransformerException e) {
            throw new IOException(e);
        }
    }

    private static byte[] rewrite(PackageEntries entries, String workbook, Set<String> removedIds, Set<String> removedParts)
            throws IOException, SAXException, TransformerException {
        String rels = PackageEntries.relsPart(workbook);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : entries.all()) {
                String name = entry.getName();
                if (removedParts.contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Document changed = null;
                if (name.equalsIgnoreCase(workbook)) {
                    changed = workbookWithout(entries, name, removedIds);
                } else if (name.equalsIgnoreCase(rels)) {
                    changed = without(entries, name, "Relationship", e -> removedIds.contains(e.getAttribute("Id")));
                } else if (name.equals(CONTENT_TYPES)) {
                    changed = without(entries, name, "Override",
                            e -> removedParts.contains(e.getAttribute("PartName").replaceFirst("^/", "").toLowerCase(Locale.ROOT)));
                }
                if (changed == null) {
                    zip.addRawArchiveEntry(entry, entries.zip().getRawInputStream(entry));
                } else {
                    zip.putArchiveEntry(new ZipArchiveEntry(name));
                    XMLHelper.newTransformer().transform(new DOMSource(changed), new StreamResult(zip));
                    zip.closeArchiveEntry();
                }
            }
        }
        return out.toByteArray();
    }

    private static Document workbookWithout(PackageEntries entries, String name, Set<String> removedIds)
            throws IOException, SAXException {
        Document doc = without(entries, name, "sheet", e -> removedIds.contains(relationId(e)));
        // Defined names point at sheets by position and by name; the reader needs none of them.
        removeAll(doc, "definedNames", e -> true);
        NodeList views = doc.getElementsByTagNameNS("*", "workbookView");
        for (int i = 0; i < views.getLength(); i++) {
            ((Element) views.item(i)).removeAttribute("activeTab");
            ((Element) views.item(i)).removeAttribute("firstSheet");
        }
        return doc;
    }

    private static @Nullable String relationId(Element sheet) {
        for (int i = 0; i < sheet.getAttributes().getLength(); i++) {
            Node attribute = sheet.getAttributes().item(i);
            if ("id".equals(attribute.getLocalName()) && attribute.getNamespaceURI() != null) {
                return attribute.getNodeValue();
            }
        }
        return null;
    }

    private static Document without(PackageEntries entries, String name, String element, Predicate<Element> removed)
            throws IOException, SAXException {
        try (InputStream in = entries.open(name)) {
            Document doc = DocumentHelper.readDocument(in);
            removeAll(doc, element, removed);
            return doc;
        }
    }

    private static void removeAll(Document doc, String element, Predicate<Element> removed) {
        NodeList found = doc.getElementsByTagNameNS("*", element);
        for (int i = found.getLength() - 1; i >= 0; i--) {
            Element e = (Element) found.item(i);
            if (removed.test(e)) {
                e.getParentNode().removeChild(e);
            }
        }
    }
}
