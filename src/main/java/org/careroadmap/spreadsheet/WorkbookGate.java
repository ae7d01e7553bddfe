package org.careroadmap.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The door every uploaded file passes before anything reads it. It refuses, with a reason a person can act
 * on: files over the size limit or expanding to too much ({@link ExpansionBudget}), anything that is not an .xlsx (old .xls, .ods, .docx, PDFs…), password-
 * protected (encrypted) workbooks, macro-enabled ones, damaged zips and zip bombs (POI's
 * {@code ZipSecureFile} limits, set in {@link SpreadsheetConfiguration}). The package is opened read-only
 * from memory: nothing is written to disk and no formula is ever evaluated.
 */
final class WorkbookGate {

    private final long maxBytes;
    private final ExpansionBudget budget;

    WorkbookGate(long maxBytes) {
        this(maxBytes, SpreadsheetProperties.defaults().budget());
    }

    WorkbookGate(long maxBytes, ExpansionBudget budget) {
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    XSSFWorkbook open(byte @Nullable [] bytes) {
        return openChecked(check(bytes));
    }

    /**
     * Everything that can be told before POI opens the package: size, format, completeness and expansion.
     * Returns the bytes that passed; none at all (no file sent) is refused first.
     */
    byte[] check(byte @Nullable [] bytes) {
        if (bytes == null) {
            throw RejectedWorkbookException.noFile();
        }
        if (bytes.length == 0) {
            throw new RejectedWorkbookException("xlsx.empty");
        }
        if (bytes.length > maxBytes) {
            throw new RejectedWorkbookException("xlsx.tooLarge", sizeText(maxBytes));
        }
        FileMagic magic = magic(bytes);
        if (magic == FileMagic.OLE2) {
            throw new RejectedWorkbookException(isEncrypted(bytes) ? "xlsx.encrypted" : "xlsx.oldFormat");
        }
        if (magic != FileMagic.OOXML) {
            throw new RejectedWorkbookException("xlsx.notXlsx");
        }
        if (!hasCentralDirectory(bytes)) {
            // A zip read front to back would yield the parts before the damage and hide it.
            throw new RejectedWorkbookException("xlsx.corrupt");
        }
        // Before POI expands anything into memory: the whole package, not only each entry, must stay small.
        budget.check(bytes);
        return bytes;
    }

    /** Opens a package that passed {@link #check}, or a copy of one with fewer sheets ({@link SheetPruning}). */
    XSSFWorkbook openChecked(byte[] bytes) {
        OPCPackage pkg = openPackage(bytes);
        try {
            requireWorkbook(pkg);
            return new XSSFWorkbook(pkg);
        } catch (RejectedWorkbookException e) {
            pkg.revert();
            throw e;
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw rejection(e);
        }
    }

    /** The end-of-central-directory record ({@code PK 05 06}) a complete zip ends with, before its comment. */
    static boolean hasCentralDirectory(byte[] bytes) {
        int stop = Math.max(0, bytes.length - 22 - 0xFFFF);
        for (int i = bytes.length - 22; i >= stop; i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06) {
                return true;
            }
        }
        return false;
    }

    /** {@code 10MB}, {@code 256KB}: the limit as people read it. */
    static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + "KB";
        }
        return bytes + "B";
    }

    private static FileMagic magic(byte[] bytes) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** An encrypted OOXML file is an OLE2 container holding {@code EncryptionInfo} and {@code EncryptedPackage}. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static OPCPackage openPackage(byte[] bytes) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (ODFNotOfficeXmlFileException | OLE2NotOfficeXmlFileException e) {
            throw new RejectedWorkbookException("xlsx.notXlsx");
        } catch (NotOfficeXmlFileException e) {
            throw new RejectedWorkbookException(isZipBomb(e) ? "xlsx.zipBomb" : "xlsx.notXlsx");
        } catch (EmptyFileException e) {
            throw new RejectedWorkbookException("xlsx.empty");
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw rejection(e);
        }
    }

    private static void requireWorkbook(OPCPackage pkg) {
        boolean macros = !pkg.getPartsByContentType(MacroContentTypes.WORKBOOK).isEmpty()
                || !pkg.getPartsByContentType(MacroContentTypes.TEMPLATE).isEmpty()
                || !pkg.getPartsByContentType(MacroContentTypes.ADDIN).isEmpty();
        try {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName().toLowerCase(java.util.Locale.ROOT);
                macros |= name.endsWith("vbaproject.bin") || name.contains("/macrosheets/");
            }
        } catch (InvalidFormatException e) {
            throw rejection(e);
        }
        if (macros) {
            throw new RejectedWorkbookException("xlsx.macroEnabled");
        }
        boolean workbook = !pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()
                || !pkg.getPartsByContentType(XSSFRelation.TEMPLATE_WORKBOOK.getContentType()).isEmpty();
        if (!workbook) {
            throw new RejectedWorkbookException("xlsx.notXlsx");
        }
    }

    private static RejectedWorkbookException rejection(Throwable e) {
        return new RejectedWorkbookException(isZipBomb(e) ? "xlsx.zipBomb" : "xlsx.corrupt");
    }

    /** POI reports its zip-bomb limits only in the message, somewhere in the cause chain. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max size of the expanded data")
                    || message.contains("ZipSecureFile"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The content types of macro-enabled workbooks, read from POI's {@link XSSFRelation} on the first upload rather
     * than when the gate is made: initialising {@code XSSFRelation} loads about 160 of POI's classes, which the
     * application's start does not need (issue 17).
     */
    private static final class MacroContentTypes {
        static final String WORKBOOK = XSSFRelation.MACROS_WORKBOOK.getContentType();
        static final String TEMPLATE = XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType();
        static final String ADDIN = XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType();
    }
}
